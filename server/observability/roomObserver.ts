// What a museum room reports about itself: refused messages and joins (counted by reason, logged at debug with the
// room and visitor), visitors expelled, the time of each state patch, and handlers that failed (once per interval
// with a count). The room calls it; it never calls back. No line carries a ticket, a token or a client object.
import type { Logger } from "pino";
import { CloseCode } from "../../common/messageTypes";
import { joinOptionsForLog, visitorLog } from "./logger";
import { createLogThrottle } from "./logThrottle";
import type { MuseumMetrics } from "./metrics";

/** The rejection reason a close code stands for: the message that tipped the sender over was refused for it. */
const EXPELLED_FOR: Record<number, string> = {
  [CloseCode.Flooding]: "flooding",
  [CloseCode.InvalidMessages]: "invalid-messages",
};

/** How often the same failure (handler and message type) is written at most; the next line says how many were held. */
export const FAILURE_LOG_INTERVAL_MS = 30_000;

export interface RoomObserver {
  /** A message of this visitor's was refused (reason: an ErrorCode, or "rate-limited" for one over the rate). */
  refused(roomId: string, sessionId: string, reason: string, messageType: string): void;
  /** A join was refused (onAuth threw): logged at debug with the allow-listed options, never a ticket or token. */
  joinRefused(roomId: string, sessionId: string, reason: string, options: unknown): void;
  /** The room closed this visitor's connection for misbehaving, with this close code (CloseCode). */
  expelled(roomId: string, sessionId: string, code: number): void;
  patched(ms: number): void;
  /** A handler threw: the room carries on, the operator hears of it once per interval per handler and message type. */
  failed(roomId: string, method: string, err: unknown, messageType?: string): void;
}

/** What is written of a thrown value: its kind, message and stack, never the properties it carries (a client, options). */
function describeThrown(err: unknown): { type: string; message: string; stack?: string } {
  if (!(err instanceof Error))
    return { type: typeof err, message: String(typeof err === "string" ? err : "(not an Error)").slice(0, 200) };
  const cause = err.cause instanceof Error ? err.cause : err; // Colyseus wraps the handler's error (OnMessageException)
  return {
    type: cause.name,
    message: cause.message.slice(0, 200),
    stack: cause.stack?.split("\n").slice(0, 8).join("\n"),
  };
}

export function createRoomObserver(
  metrics: Pick<MuseumMetrics, "rejected" | "patched">,
  log: Logger,
  now: () => number = () => performance.now(),
  intervalMs = FAILURE_LOG_INTERVAL_MS,
): RoomObserver {
  const failures = createLogThrottle(intervalMs);
  return {
    refused(roomId, sessionId, reason, messageType) {
      metrics.rejected(reason);
      // A flood of bad messages must not become a flood of log lines: one line each only at debug.
      if (log.isLevelEnabled("debug"))
        visitorLog(log, roomId, sessionId).debug({ reason, messageType }, "message refused");
    },
    joinRefused(roomId, sessionId, reason, options) {
      metrics.rejected("join-refused");
      if (log.isLevelEnabled("debug"))
        visitorLog(log, roomId, sessionId).debug(
          { reason: reason.slice(0, 200), options: joinOptionsForLog(options) },
          "join refused",
        );
    },
    expelled(roomId, sessionId, code) {
      const reason = EXPELLED_FOR[code] ?? "expelled";
      metrics.rejected(reason);
      visitorLog(log, roomId, sessionId).warn({ reason }, "visitor disconnected for misbehaving");
    },
    patched: (ms) => metrics.patched(ms),
    failed(roomId, method, err, messageType) {
      const verdict = failures.admit(`${method}:${messageType ?? ""}`, now());
      if (!verdict.write) return;
      log
        .child({ room: roomId })
        .error({ method, messageType, error: describeThrown(err), repeats: verdict.repeats }, "room handler failed");
    },
  };
}
