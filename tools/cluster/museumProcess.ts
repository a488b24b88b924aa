// One museum server process of a local cluster (`node --import tsx server/index.ts`), on its own port, ready once it
// answers HTTP; stopped with SIGTERM (then SIGKILL if it hangs).
import { spawn } from "node:child_process";
import path from "node:path";

export interface MuseumProcess {
  name: string;
  port: number;
  pid: number;
  url: string;
  /** The last lines it wrote (for a failure message). */
  output(): string;
  exited(): boolean;
  /** Resolves with the exit code when the process ends, for whatever reason. */
  readonly done: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface MuseumProcessOptions {
  name: string;
  port: number;
  /** Settings for server/config.ts (REDIS_URL, DATA_DIR, …) and Colyseus (SELF_HOSTNAME). */
  env: Record<string, string>;
  /** Each output line as it comes (the launcher prefixes them); otherwise kept for failure messages only. */
  onLine?: (line: string) => void;
  entry?: string;
  readyTimeoutMs?: number;
}

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Ready: /readyz says so (rooms defined, restored tours back), or, where there is no /readyz, the API answers.
 * The cluster starts its processes one after another on this, so only one of them restores stored tours at a time.
 */
async function isReady(url: string): Promise<boolean> {
  const readyz = await fetch(`${url}/readyz`).then(
    (r) => r.status,
    () => 0,
  );
  if (readyz !== 404) return readyz === 200;
  return fetch(`${url}/api/tours`).then(
    (r) => r.ok,
    () => false,
  );
}

export async function startMuseumProcess(o: MuseumProcessOptions): Promise<MuseumProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", o.entry ?? path.join(root, "server", "index.ts")], {
    cwd: root,
    env: { ...process.env, ...o.env, PORT: String(o.port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail: string[] = [];
  const onData = (d: Buffer) => {
    for (const line of d.toString().split("\n")) {
      if (!line) continue;
      tail = [...tail, line].slice(-40);
      o.onLine?.(line);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  let exited = false;
  const done = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${o.port}`;
  const proc: MuseumProcess = {
    name: o.name,
    port: o.port,
    pid: child.pid!,
    url,
    output: () => tail.join("\n"),
    exited: () => exited,
    done,
    async stop(signal = "SIGTERM") {
      if (exited) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
  const until = Date.now() + (o.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exited) throw new Error(`museum process ${o.name} exited before it was ready:\n${proc.output()}`);
    if (Date.now() > until) {
      await proc.stop("SIGKILL");
      throw new Error(`museum process ${o.name} was not ready on port ${o.port} in time:\n${proc.output()}`);
    }
    if (await isReady(url)) return proc;
    await new Promise((r) => setTimeout(r, 200));
  }
}
