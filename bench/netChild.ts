// The museum server under test, as a child process (bench/netServer.ts): start it on a free loopback port, ask it
// for its patch timings over IPC, and stop it.
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../tools/cluster/freePort";
import type { ChildMessage } from "./netServer";

export type ServerStats = Extract<ChildMessage, { type: "stats" }>;

export interface ServerChild {
  pid: number;
  port: number;
  /** Colyseus' id of the process: a socket for one of its rooms goes to /<processId>/<roomId>. */
  processId: string;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..");

/** The server refuses to start without a built client; the bench needs none, so a placeholder (never dist/, which a build elsewhere may be rewriting). */
function clientDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-net-client-"));
  mkdirSync(path.join(dir, "static"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>bench</title>");
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function waitFor<T extends ChildMessage["type"]>(
  child: ChildProcess,
  type: T,
  ms: number,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the bench server sent no "${type}" within ${ms} ms`)), ms);
    const onMessage = (m: ChildMessage) => m.type === type && done(null, m as Extract<ChildMessage, { type: T }>);
    const onExit = (code: number | null) => done(new Error(`the bench server exited (code ${code})`));
    const done = (err: Error | null, m?: Extract<ChildMessage, { type: T }>) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (err) reject(err);
      else resolve(m!);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/**
 * `pin`: the server on the first core, this process (the bots) on the others. The bots otherwise wake on the
 * server's core the moment a patch reaches their sockets and the scheduler preempts the server mid-broadcast for a
 * time slice (4 ms here): in production the visitors' machines are elsewhere. Needs util-linux's taskset.
 */
function pinApart(serverPid: number): () => void {
  const cores = os.availableParallelism();
  if (cores < 2) return () => undefined;
  const pin = (cpus: string, pid: number) => {
    const r = spawnSync("taskset", ["-a", "-pc", cpus, String(pid)], { encoding: "utf8" });
    if (r.status !== 0)
      throw new Error(`pinning the bench server: taskset failed for ${pid}: ${r.error?.message ?? r.stderr}`);
  };
  pin("0", serverPid);
  pin(`1-${cores - 1}`, process.pid);
  // Undone with the server, so that what the bench runs next (the scale-out part) has every core again.
  return () => pin(`0-${cores - 1}`, process.pid);
}

/** `entry`: another bench server entry under bench/ that speaks the same ready/stop IPC; `env`: extra settings. */
/** Whether the single-room bench can pin (BENCH_PIN=0 turns it off). */
export const canPinApart = () =>
  process.env.BENCH_PIN !== "0" && os.availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;

export async function startServerChild(
  maxVisitors = 1000,
  opts: { entry?: string; env?: Record<string, string>; nodeArgs?: string[]; pin?: boolean } = {},
): Promise<ServerChild> {
  const port = await freePort();
  const client = clientDir();
  const child = fork(path.join(root, "bench", opts.entry ?? "netServer.ts"), [], {
    cwd: root,
    // BENCH_SERVER_NODE_ARGS: extra node flags for the server alone, e.g. "--trace-gc" or "--cpu-prof" to see inside a patch.
    execArgv: [
      "--import",
      "tsx",
      ...(opts.nodeArgs ?? []),
      ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      MAX_VISITORS: String(maxVisitors),
      CLIENT_DIR: client.dir,
      ...opts.env,
    },
  });
  const unpin = opts.pin ? pinApart(child.pid!) : () => undefined;
  let exited = false;
  child.once("exit", () => {
    exited = true;
    client.cleanup();
    unpin();
  });
  let ready: Extract<ChildMessage, { type: "ready" }>;
  try {
    ready = await waitFor(child, "ready", 90_000); // a busy shared machine can take this long to start tsx and load the content
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  }
  return {
    pid: child.pid!,
    port,
    processId: ready.processId,
    stats() {
      const reply = waitFor(child, "stats", 10_000);
      child.send("stats");
      return reply;
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.send("stop");
      const timer = setTimeout(() => child.kill("SIGKILL"), 8000);
      await gone;
      clearTimeout(timer);
    },
  };
}
