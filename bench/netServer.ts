// Bench-only entry of the museum server (started by bench/net.ts as a child process): what server/index.ts does,
// plus stopwatches round every state patch and its encoding, the JSON baseline room, and the timings handed to the
// parent over IPC. Nothing in server/ changes: the stopwatches wrap Colyseus' own prototypes.
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { matchMaker, Room } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { loadConfig } from "../server/config";
import { startMuseumServer, type MuseumServer } from "../server/museumServer";
import { JsonBaselineRoom, type JsonBaselineOptions } from "./JsonBaselineRoom";
import { createTickTimes, type TickSummary } from "./tickTimes";

export type ParentMessage = "stats" | "stop";
export type ChildMessage =
  | { type: "ready"; port: number }
  | {
      type: "stats";
      /** Per series, since the last "stats": "<room>" wall ms, "<room>:cpu" process CPU ms, "museum:encode" wall ms. */
      ticks: Record<string, TickSummary>;
      /** How late the server's event loop ran its timers (a stalled or starved process shows here). */
      loopDelay: { p50Ms: number; p99Ms: number; maxMs: number };
      rooms: { name: string; clients: number }[];
    };

const root = path.resolve(import.meta.dirname, "..");
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/**
 * Times every patch of every room with a state: the call the patch interval makes (encode once + send to every
 * client). Wall time includes any moment the OS took the CPU away; process CPU time does not.
 */
function timePatches(record: (series: string, ms: number) => void): void {
  const original = Room.prototype.broadcastPatch;
  Room.prototype.broadcastPatch = function timedBroadcastPatch(this: Room): boolean {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const changed = original.call(this);
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    if (this.state) {
      record(this.roomName, wall);
      record(`${this.roomName}:cpu`, cpuMs(cpu0));
    }
    return changed;
  };
}

/** Times the encoding of each patch alone (the rest of a patch is handing the bytes to every socket). */
function timeEncodes(record: (series: string, ms: number) => void): void {
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
      if (isPatch) record("museum:encode", Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
}

async function main(): Promise<void> {
  if (!process.send) throw new Error("bench/netServer.ts is started by bench/net.ts (it needs an IPC channel)");
  const send = (m: ChildMessage) => process.send!(m);
  const ticks = createTickTimes();
  timePatches(ticks.add);
  timeEncodes(ticks.add);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();

  const config = loadConfig(process.env, root);
  const server: MuseumServer = await startMuseumServer(config);
  const baselineOptions: JsonBaselineOptions = {
    recordTick: (wallMs, cpu) => {
      ticks.add("json-baseline", wallMs);
      ticks.add("json-baseline:cpu", cpu);
    },
  };
  matchMaker.defineRoomType("json-baseline", JsonBaselineRoom, baselineOptions);

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
    send({ type: "stats", ticks: ticks.take(), loopDelay, rooms: listings.map((l) => ({ name: l.name, clients: l.clients })) });
  });
  // Never outlive the bench: when the parent goes, so does this process.
  process.once("disconnect", stop);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  send({ type: "ready", port: server.port });
}

main().catch((err) => {
  console.error(`bench/netServer could not start:\n${(err as Error).stack ?? err}`);
  process.exit(1);
});
