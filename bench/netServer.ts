// Bench-only entry of the museum server (started by bench/net.ts as a child process): what server/index.ts does,
// plus stopwatches round every state patch, its encoding and each socket write in it, the JSON baseline room, and
// the timings handed to the parent over IPC. Nothing in server/ changes: the stopwatches wrap library prototypes.
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { matchMaker, Room } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import WebSocket from "ws";
import { loadConfig } from "../server/config";
import { startMuseumServer, type MuseumServer } from "../server/museumServer";
import { JsonBaselineRoom } from "./JsonBaselineRoom";
import { createTickTimes, type TickSummary } from "./tickTimes";

export type ParentMessage = "stats" | "stop";
export type ChildMessage =
  | { type: "ready"; port: number; processId: string }
  | {
      type: "stats";
      /**
       * Since the last "stats", per room type: "<room>" ms per tick (patch, or baseline broadcast),
       * "<room>:slowestSend" the slowest single socket write within each tick, "<room>:exclSlowest" the tick without
       * that one write, "museum:encode" ms per patch encode.
       */
      ticks: Record<string, TickSummary>;
      /** How late the server's event loop ran its timers (a stalled or starved process shows here). */
      loopDelay: { p50Ms: number; p99Ms: number; maxMs: number };
      rooms: { name: string; clients: number }[];
      /** V8 heap in use after a full collection when --expose-gc is on (else as it stands), MB. */
      heapUsedMb: number;
      /** Museum rooms this process created and disposed since it started. */
      roomsCreated: number;
      roomsDisposed: number;
    };

type Record_ = (series: string, ms: number) => void;
const root = path.resolve(import.meta.dirname, "..");
const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * Wall time only (hrtime): on these VMs process.cpuUsage() itself sometimes blocks for milliseconds, which would
 * disturb what it measures. Returns the hooks the tick wrappers share.
 */
function timeSocketWrites() {
  let inTick = false;
  let slowest = 0;
  const original = WebSocket.prototype.send;
  WebSocket.prototype.send = function timedSend(this: WebSocket, ...args: Parameters<WebSocket["send"]>) {
    if (!inTick) return original.apply(this, args);
    const t0 = process.hrtime.bigint();
    original.apply(this, args);
    slowest = Math.max(slowest, msSince(t0));
  } as WebSocket["send"];
  return {
    begin: () => {
      inTick = true;
      slowest = 0;
    },
    end: () => {
      inTick = false;
      return slowest;
    },
  };
}

/** Wraps a tick method (the patch, or the baseline's broadcast) to record its time and its slowest socket write. */
function timeTick<T extends object>(
  proto: T,
  method: keyof T,
  name: (self: T) => string | null,
  record: Record_,
  writes: ReturnType<typeof timeSocketWrites>,
): void {
  const original = proto[method] as unknown as (this: T) => unknown;
  (proto as Record<keyof T, unknown>)[method] = function timedTick(this: T) {
    writes.begin();
    const t0 = process.hrtime.bigint();
    const result = original.call(this);
    const ms = msSince(t0);
    const slowest = writes.end();
    const series = name(this);
    if (series) {
      record(series, ms);
      record(`${series}:slowestSend`, slowest);
      record(`${series}:exclSlowest`, ms - slowest);
    }
    return result;
  };
}

/** Times the encoding of each patch alone (the rest of a patch is handing the bytes to every socket). */
function timeEncodes(record: Record_): void {
  const original = Encoder.prototype.encode;
  let depth = 0;
  Encoder.prototype.encode = function timedEncode(this: Encoder, ...args: Parameters<Encoder["encode"]>) {
    const isPatch = depth === 0 && (args[3] === undefined || args[3] === "changes");
    const t0 = process.hrtime.bigint();
    depth++;
    try {
      return original.apply(this, args);
    } finally {
      depth--;
      if (isPatch) record("museum:encode", msSince(t0));
    }
  };
}

async function main(): Promise<void> {
  if (!process.send) throw new Error("bench/netServer.ts is started by bench/net.ts (it needs an IPC channel)");
  const send = (m: ChildMessage) => process.send!(m);
  const ticks = createTickTimes();
  const writes = timeSocketWrites();
  timeTick(Room.prototype, "broadcastPatch", (room) => (room.state ? room.roomName : null), ticks.add, writes);
  timeTick(JsonBaselineRoom.prototype, "broadcastPoses", () => "json-baseline", ticks.add, writes);
  timeEncodes(ticks.add);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();

  const server: MuseumServer = await startMuseumServer(loadConfig(process.env, root));
  matchMaker.defineRoomType("json-baseline", JsonBaselineRoom);
  const life = { created: 0, disposed: 0 };
  matchMaker.getHandler("museum").on("create", () => life.created++);
  matchMaker.getHandler("museum").on("dispose", () => life.disposed++);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    loop.disable();
    const timeout = setTimeout(() => process.exit(1), 5000);
    server.close().then(
      () => {
        clearTimeout(timeout);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on("message", async (m: ParentMessage) => {
    if (m === "stop") return stop();
    if (m !== "stats") return;
    const listings = await matchMaker.query({});
    const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    const loopDelay = { p50Ms: ms(loop.percentile(50)), p99Ms: ms(loop.percentile(99)), maxMs: ms(loop.max) };
    loop.reset();
    (globalThis as { gc?: () => void }).gc?.();
    const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
    // Over Redis the listing holds every process's rooms: only this one's are counted here.
    const own = listings.filter((l) => l.processId === matchMaker.processId);
    send({
      type: "stats",
      ticks: ticks.take(),
      loopDelay,
      rooms: own.map((l) => ({ name: l.name, clients: l.clients })),
      heapUsedMb,
      roomsCreated: life.created,
      roomsDisposed: life.disposed,
    });
  });
  // Never outlive the bench: when the parent goes, so does this process.
  process.once("disconnect", stop);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  send({ type: "ready", port: server.port, processId: matchMaker.processId });
}

main().catch((err) => {
  console.error(`bench/netServer could not start:\n${(err as Error).stack ?? err}`);
  process.exit(1);
});
