// Bench-only entry of the museum server (started by bench/net.ts as a child process): what server/index.ts does,
// plus a stopwatch round every state patch, the JSON baseline room, and the timings handed to the parent over IPC.
import path from "node:path";
import { matchMaker, Room } from "@colyseus/core";
import { loadConfig } from "../server/config";
import { startMuseumServer, type MuseumServer } from "../server/museumServer";
import { JsonBaselineRoom, type JsonBaselineOptions } from "./JsonBaselineRoom";
import { createTickTimes } from "./tickTimes";

export type ParentMessage = "stats" | "stop";
export type ChildMessage =
  | { type: "ready"; port: number }
  | { type: "stats"; ticks: ReturnType<ReturnType<typeof createTickTimes>["take"]>; rooms: { name: string; clients: number }[] };

const root = path.resolve(import.meta.dirname, "..");

/** Times every patch of every room with a state: the call the patch interval makes (encode + send to all clients). */
function timePatches(record: (roomName: string, ms: number) => void): void {
  const original = Room.prototype.broadcastPatch;
  Room.prototype.broadcastPatch = function timedBroadcastPatch(this: Room): boolean {
    const t0 = process.hrtime.bigint();
    const changed = original.call(this);
    if (this.state) record(this.roomName, Number(process.hrtime.bigint() - t0) / 1e6);
    return changed;
  };
}

async function main(): Promise<void> {
  if (!process.send) throw new Error("bench/netServer.ts is started by bench/net.ts (it needs an IPC channel)");
  const send = (m: ChildMessage) => process.send!(m);
  const ticks = createTickTimes();
  timePatches(ticks.add);

  const config = loadConfig(process.env, root);
  const server: MuseumServer = await startMuseumServer(config);
  const baselineOptions: JsonBaselineOptions = { recordTick: (ms) => ticks.add("json-baseline", ms) };
  matchMaker.defineRoomType("json-baseline", JsonBaselineRoom, baselineOptions);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
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
    if (m === "stats") {
      const listings = await matchMaker.query({});
      send({ type: "stats", ticks: ticks.take(), rooms: listings.map((l) => ({ name: l.name, clients: l.clients })) });
    }
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
