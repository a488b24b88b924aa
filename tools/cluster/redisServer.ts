// A throw-away Redis for the local cluster, its tests and benchmarks: Debian's redis-server on a free loopback port,
// its data in a temporary folder, nothing written to disk, gone when stopped.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./freePort";

export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export const REDIS_MISSING =
  "redis-server is not installed: the cluster (and its tests) start Debian's redis-server. Install it with `apt-get install -y redis-server` (`bash .ci/run` does this when it is missing), or set REDIS_SERVER to its path.";

/** The redis-server binary (REDIS_SERVER, or the one on PATH), or an Error saying how to install it. */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string {
  const bin = env.REDIS_SERVER || "redis-server";
  const probe = spawnSync(bin, ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(REDIS_MISSING);
  return bin;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    let got = "";
    s.once("connect", () => s.write("PING\r\n"));
    s.on("data", (d) => {
      got += d.toString();
      if (got.includes("\r\n")) {
        s.destroy();
        resolve(got.startsWith("+PONG"));
      }
    });
    s.once("error", () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

export async function startLocalRedis(o: { log?: (line: string) => void } = {}): Promise<LocalRedis> {
  const bin = findRedisServer();
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bund-redis-"));
  // No snapshots, no append-only file: matchmaking data lives as long as the processes that use it.
  const child = spawn(
    bin,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
      "--protected-mode",
      "yes",
      "--loglevel",
      "warning",
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
    o.log?.(d.toString().trimEnd());
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      rmSync(dir, { recursive: true, force: true });
      resolve();
    }),
  );
  const stop = async () => {
    if (!exited) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
  };
  const until = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (exited || Date.now() > until) {
      await stop();
      throw new Error(`redis-server did not start on 127.0.0.1:${port}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, port, pid: child.pid!, stop };
}
