// Bench-only entry of the museum server for bench:tour (started by bench/tour.ts through netChild): the museum as
// server/index.ts starts it, plus the JSON baseline room, and the ready/stop IPC the parent expects.
import path from "node:path";
import { matchMaker } from "@colyseus/core";
import { loadConfig } from "../server/config";
import { startMuseumServer } from "../server/museumServer";
import { TourJsonBaselineRoom } from "./TourJsonBaselineRoom";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  if (!process.send) throw new Error("bench/tourServer.ts is started by bench/tour.ts (it needs an IPC channel)");
  const server = await startMuseumServer(loadConfig(process.env, root));
  matchMaker.defineRoomType("tour-json-baseline", TourJsonBaselineRoom);
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
  process.on("message", (m) => m === "stop" && stop());
  process.once("disconnect", stop);
  process.once("SIGTERM", stop);
  process.send({ type: "ready", port: server.port });
}

main().catch((err) => {
  console.error(`bench/tourServer could not start:\n${(err as Error).stack ?? err}`);
  process.exit(1);
});
