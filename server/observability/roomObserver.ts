// What a museum room reports about itself: refused messages (counted by reason, logged with the room and visitor),
// visitors expelled, the time of each state patch, and handlers that failed. The room calls it; it never calls back.
import type { Logger } from "pino";
import { CloseCode } from "../../common/messageTypes";
import { visitorLog } from "./logger";
import type { MuseumMetrics } from "./metrics";

/** The rejection reason a close code stands for: the message that tipped the sender over was refused for it. */
const EXPELLED_FOR: Record<number, string> = { [CloseCode.Flooding]: "flooding", [CloseCode.InvalidMessages]: "invalid-messages" };

export interface RoomObserver {
  /** A message of this visitor's was refused (reason: an ErrorCode, or "rate-limited" for one over the rate). */
  refused(roomId: string, sessionId: string, reason: string, messageType: string): void;
  /** The room closed this visitor's connection for misbehaving, with this close code (CloseCode). */
  expelled(roomId: string, sessionId: string, code: number): void;
  patched(ms: number): void;
  /** A handler threw: the room carries on, the operator should hear of it. */
  failed(roomId: string, method: string, err: unknown): void;
}

export function createRoomObserver(metrics: Pick<MuseumMetrics, "rejected" | "patched">, log: Logger): RoomObserver {
  return {
    refused(roomId, sessionId, reason, messageType) {
      metrics.rejected(reason);
      // A flood of bad messages must not become a flood of log lines: one line each only at debug.
      if (log.isLevelEnabled("debug")) visitorLog(log, roomId, sessionId).debug({ reason, messageType }, "message refused");
    },
    expelled(roomId, sessionId, code) {
      const reason = EXPELLED_FOR[code] ?? "expelled";
      metrics.rejected(reason);
      visitorLog(log, roomId, sessionId).warn({ reason }, "visitor disconnected for misbehaving");
    },
    patched: (ms) => metrics.patched(ms),
    failed(roomId, method, err) {
      log.child({ room: roomId }).error({ err, method }, "room handler failed");
    },
  };
}
