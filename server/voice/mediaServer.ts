// The museum process's side of the media server: forks the child (mediaServerChild.ts), matches its replies to
// requests, and restarts it when it dies, with a growing pause if it keeps dying. Every call that was open when it
// died is reported lost, so the rooms tell their visitors and reconnect them.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Logger } from "pino";
import { FromMediaServer, type MediaServerOptions, type MediaServerStats, type ToMediaServer } from "./sfuProtocol";

const CHILD = path.join(import.meta.dirname, "mediaServerChild.ts");
const REQUEST_TIMEOUT_MS = 10_000;
const FIRST_PAUSE_MS = 200;
const LONGEST_PAUSE_MS = 10_000;
/** A child that ran this long was healthy: the next restart comes quickly again. */
const STEADY_MS = 30_000;

export interface MediaServerEvents {
  published(peer: string): void;
  speaking(peer: string, on: boolean): void;
  lost(peer: string, reason: string): void;
  /** The child died: every open call is gone; `up` says whether a new child is being started. */
  restarted(up: boolean): void;
}

export interface MediaServer {
  /** True while a child is running and answering. */
  readonly up: boolean;
  open(peer: string): Promise<string>;
  answer(peer: string, sdp: string): Promise<void>;
  route(routes: { listener: string; slot: number; speaker: string | null }[]): void;
  close(peer: string): void;
  stats(): Promise<MediaServerStats>;
  /** For tests of the restart: the child's process id. */
  readonly pid: number | undefined;
  /** Start the child now rather than for the first call (npm start does, so the first visitor does not wait). */
  warm(): void;
  stop(): Promise<void>;
}

interface Pending {
  resolve(value: FromMediaServer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export function startMediaServer(options: MediaServerOptions, events: MediaServerEvents, log: Logger): MediaServer {
  let child: ChildProcess | null = null;
  let ready = false;
  let stopping = false;
  let pause = FIRST_PAUSE_MS;
  let nextId = 1;
  let startedAt = 0;
  const pending = new Map<number, Pending>();
  let readyWaiters: (() => void)[] = [];

  function spawn(): void {
    startedAt = Date.now();
    const c = fork(CHILD, [JSON.stringify(options)], {
      // VOICE_CHILD_NODE_ARGS: extra node flags for the child alone, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to
      // profile the fan-out (docs/benchmarks.md).
      execArgv: [
        "--import",
        "tsx",
        // A young generation of 2 MB semispaces: the fan-out's garbage is short-lived, and V8's default let the heap
        // grow by some 30 MB under the first few dozen listeners (bench:voice: 0.43-0.50 MB a listener at 25-200
        // listeners against 0.57-1.34, no more CPU in back-to-back pairs).
        "--max-semi-space-size=2",
        ...(process.env.VOICE_CHILD_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      ],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child = c;
    c.on("message", (raw) => onMessage(c, raw));
    c.on("exit", (code, signal) => onExit(c, code, signal));
    c.on("error", (error) => log.error({ err: error }, "voice: the media server could not be started"));
  }

  function onMessage(c: ChildProcess, raw: unknown): void {
    const parsed = FromMediaServer.safeParse(raw);
    if (!parsed.success) {
      log.error(
        { issue: parsed.error.issues[0]?.message },
        "voice: the media server sent a malformed message; restarting it",
      );
      c.kill("SIGKILL");
      return;
    }
    const m = parsed.data;
    switch (m.op) {
      case "ready":
        ready = true;
        for (const wake of readyWaiters) wake();
        readyWaiters = [];
        log.info({ pid: c.pid }, "voice: media server ready");
        return;
      case "published":
        return events.published(m.peer);
      case "speaking":
        return events.speaking(m.peer, m.on);
      case "lost":
        return events.lost(m.peer, m.reason);
      default: {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        clearTimeout(p.timer);
        if (m.op === "failed") p.reject(new Error(m.error));
        else p.resolve(m);
      }
    }
  }

  function onExit(c: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== c) return;
    child = null;
    ready = false;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new Error("the voice server restarted"));
      pending.delete(id);
    }
    if (stopping) return;
    if (Date.now() - startedAt > STEADY_MS) pause = FIRST_PAUSE_MS;
    log.error({ code, signal, restartInMs: pause }, "voice: the media server stopped; restarting it");
    events.restarted(true);
    setTimeout(() => {
      if (!stopping) spawn();
    }, pause).unref();
    pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
  }

  function post(message: ToMediaServer): void {
    if (child?.connected) child.send(message);
  }

  function warm(): void {
    if (!child && !stopping && startedAt === 0) spawn();
  }

  async function request(make: (id: number) => ToMediaServer): Promise<FromMediaServer> {
    warm();
    // A child that is starting is waited for (briefly); one that is gone is not.
    if (child?.connected && !ready) {
      await new Promise<void>((resolve) => {
        readyWaiters.push(resolve);
        setTimeout(resolve, REQUEST_TIMEOUT_MS).unref();
      });
    }
    if (!child?.connected || !ready) throw new Error("the voice server is not running");
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error("the voice server did not answer in time"));
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      post(make(id));
    });
  }

  return {
    warm,
    get up() {
      return ready && child !== null;
    },
    get pid() {
      return child?.pid;
    },
    async open(peer) {
      const reply = await request((id) => ({ op: "open", id, peer }));
      if (reply.op !== "offer") throw new Error("the voice server sent no offer");
      return reply.sdp;
    },
    async answer(peer, sdp) {
      await request((id) => ({ op: "answer", id, peer, sdp }));
    },
    route(routes) {
      if (routes.length > 0) post({ op: "route", routes });
    },
    close(peer) {
      post({ op: "close", peer });
    },
    async stats() {
      const reply = await request((id) => ({ op: "stats", id }));
      if (reply.op !== "stats") throw new Error("the voice server sent no figures");
      return reply.stats;
    },
    async stop() {
      stopping = true;
      for (const wake of readyWaiters) wake();
      const c = child;
      if (!c || c.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        c.once("exit", () => resolve());
        c.kill("SIGTERM");
      });
    },
  };
}
