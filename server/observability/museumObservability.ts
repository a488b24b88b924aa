// Everything one museum process reports about itself, assembled: readiness, the metrics registry, the counting
// socket class for the transport, the observer each room gets, and the watch over room instances.
import type { Logger } from "pino";
import type { WebSocket } from "ws";
import { createHealth, type Health } from "./health";
import { createMuseumMetrics, type MuseumMetrics } from "./metrics";
import { createRoomObserver, type RoomObserver } from "./roomObserver";
import { watchRooms, type RoomTypeEvents, type RoomWatch } from "./roomWatch";
import { countingSocketClass } from "./wireCount";

/** What /readyz waits for: the scenes and catalog validated, and the game server listening. */
export const READINESS = ["content", "rooms"] as const;

export interface MuseumObservability {
  health: Health;
  metrics: MuseumMetrics;
  /** Pass as the WebSocket transport's `WebSocket` option: counts every frame in and out by kind. */
  socketClass: typeof WebSocket;
  roomObserver: RoomObserver;
  /** Follow a room type (what `gameServer.define()` returns): its rooms' visitors and tours become gauges. */
  watch(events: RoomTypeEvents): void;
}

export function createObservability(log: Logger): MuseumObservability {
  const watches: RoomWatch[] = [];
  const sum = (f: (w: RoomWatch) => number) => () => watches.reduce((n, w) => n + f(w), 0);
  const metrics = createMuseumMetrics({
    rooms: sum((w) => w.rooms()),
    visitors: sum((w) => w.visitors()),
    liveTours: sum((w) => w.liveTours()),
  });
  return {
    health: createHealth(READINESS),
    metrics,
    socketClass: countingSocketClass(metrics),
    roomObserver: createRoomObserver(metrics, log),
    watch: (events) => void watches.push(watchRooms(events, log)),
  };
}
