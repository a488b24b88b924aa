// How the process ends: SIGTERM or SIGINT closes the museum gracefully (joins refused, everyone told, tours kept,
// sockets closed); a second signal, or a shutdown that hangs, ends it at once. Tours are written through on every
// change, so even then nothing acknowledged is lost. An exception nobody caught is logged and closes the museum
// the same way (exit code 1), so a supervisor restarts it and the tours come back.
import type { Logger } from "pino";

export interface Closable {
  log: Logger;
  close(): Promise<void>;
}

/** Longest a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export function installShutdown(server: Closable, proc: NodeJS.Process = process): void {
  let stopping = false;
  const stop = (why: string, exitCode: number) => {
    if (stopping) {
      server.log.warn({ why }, "second stop request: exiting now");
      proc.exit(exitCode || 1);
      return;
    }
    stopping = true;
    server.log.info({ why }, "shutting down");
    const deadline = setTimeout(() => {
      server.log.error({ ms: SHUTDOWN_DEADLINE_MS }, "shutdown took too long: exiting");
      proc.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    server.close().then(
      () => proc.exit(exitCode),
      (err) => {
        server.log.error({ err }, "shutdown failed");
        proc.exit(1);
      },
    );
  };
  proc.on("SIGTERM", () => stop("SIGTERM", 0));
  proc.on("SIGINT", () => stop("SIGINT", 0));
  proc.on("uncaughtException", (err) => {
    server.log.fatal({ err }, "uncaught exception");
    stop("uncaught exception", 1);
  });
}
