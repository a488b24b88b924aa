// Bench-only entry of the museum server for bench:abuse (started through bench/netChild.ts): the museum as
// server/index.ts starts it, plus a stopwatch round each room's state patch, kept per room so that the honest tour's
// room is measured apart from the empty rooms an attacker makes, the event loop's delay, and the log it writes (to
// BENCH_SERVER_LOG, not the terminal: a flooded log is a cost to count, not to read); read over IPC.
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { matchMaker, Room } from "@colyseus/core";
import pino from "pino";
import { loadConfig } from "../server/config";
import { createLogger } from "../server/observability/logger";
import { startMuseumServer } from "../server/museumServer";
import type { ChildMessage, ParentMessage } from "./netServer";
import { summarise, type TickSummary } from "./tickTimes";

const root = path.resolve(import.meta.dirname, "..");
/** Rooms with at least this many sockets have their patches kept; the attacker's unconnected rooms only counted. */
const MEASURED_ROOM_CLIENTS = 2;
const SAMPLE_CAP = 100_000;

/** Patch times per room since the last read; a patch of a room with (almost) nobody in it is only counted. */
function timePatches() {
  const byRoom = new Map<string, number[]>();
  let idlePatches = 0;
  const original = Room.prototype.broadcastPatch;
  Room.prototype.broadcastPatch = function timedPatch(this: Room) {
    const t0 = process.hrtime.bigint();
    const result = original.call(this);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (this.clients.length < MEASURED_ROOM_CLIENTS) idlePatches++;
    else {
      let list = byRoom.get(this.roomId);
      if (!list) byRoom.set(this.roomId, (list = []));
      if (list.length < SAMPLE_CAP) list.push(ms);
    }
    return result;
  };
  return {
    /**
     * "museum": the room with the most measured patches in the window (the tour's: others hold nobody, or the odd
     * hostile client); "museum:others": every other room with people in it.
     */
    take(): { ticks: Record<string, TickSummary>; idlePatches: number } {
      const busiest = [...byRoom].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
      const others = [...byRoom].filter(([id]) => id !== busiest).flatMap(([, l]) => l);
      const ticks: Record<string, TickSummary> = {
        museum: summarise(busiest ? (byRoom.get(busiest) ?? []) : []),
        "museum:others": summarise(others),
      };
      const idle = idlePatches;
      byRoom.clear();
      idlePatches = 0;
      return { ticks, idlePatches: idle };
    },
  };
}

/** The server's log, written where BENCH_SERVER_LOG says (as it would be to stdout), its lines and bytes counted. */
function countedLog() {
  const file = pino.destination({ dest: process.env.BENCH_SERVER_LOG ?? 1, sync: true, mkdir: true });
  let lines = 0;
  let bytes = 0;
  return {
    destination: {
      write(chunk: string) {
        lines++;
        bytes += Buffer.byteLength(chunk);
        file.write(chunk);
      },
    },
    take() {
      const out = { lines, bytes };
      lines = bytes = 0;
      return out;
    },
  };
}

async function main(): Promise<void> {
  if (!process.send) throw new Error("bench/abuseServer.ts is started by bench/abuse.ts (it needs an IPC channel)");
  const send = (m: ChildMessage & { idlePatches: number; log: { lines: number; bytes: number } }) => process.send!(m);
  const patches = timePatches();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const config = loadConfig(process.env, root);
  const log = countedLog();
  const server = await startMuseumServer(config, { log: createLogger(config, log.destination) });
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
      () => (clearTimeout(timeout), process.exit(0)),
      () => process.exit(1),
    );
  };
  /**
   * The bench asks again every 10 s while this process is stalled; the asks then queue up and arrive together. They
   * get one answer, holding the whole window: an answer each would hand the window to an ask nobody waits for any more.
   */
  let answering = false;
  const answer = async () => {
    try {
      const own = (await matchMaker.query({})).filter((l) => l.processId === matchMaker.processId);
      const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
      const loopDelay = { p50Ms: ms(loop.percentile(50)), p99Ms: ms(loop.percentile(99)), maxMs: ms(loop.max) };
      loop.reset();
      const { ticks, idlePatches } = patches.take();
      const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
      send({
        type: "stats",
        ticks,
        loopDelay,
        rooms: own.map((l) => ({ name: l.name, clients: l.clients })),
        heapUsedMb,
        roomsCreated: life.created,
        roomsDisposed: life.disposed,
        idlePatches,
        log: log.take(),
      });
    } catch (err) {
      console.error(`bench/abuseServer: stats failed: ${(err as Error).message}`);
    }
  };
  process.on("message", (m: ParentMessage) => {
    if (m === "stop") return stop();
    if (m !== "stats" || answering) return;
    answering = true;
    setImmediate(() => void answer().finally(() => (answering = false)));
  });
  // Never outlive the bench: when the parent goes, so does this process.
  process.once("disconnect", stop);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  process.send({ type: "ready", port: server.port, processId: matchMaker.processId } satisfies ChildMessage);
}

main().catch((err) => {
  console.error(`bench/abuseServer could not start:\n${(err as Error).stack ?? err}`);
  process.exit(1);
});
