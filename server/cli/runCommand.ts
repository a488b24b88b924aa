// How every npm command of the museum ends: the exit code its work returned, or, when it threw, one plain line (a
// configuration problem as the configuration names it, anything else after the command's name) and a failure code.
import { ConfigError } from "../config";

export function runCommand(name: string, work: () => Promise<number>, failureCode = 1): void {
  work().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof ConfigError ? err.message : `${name} failed: ${(err as Error).message}`);
      process.exit(failureCode);
    },
  );
}
