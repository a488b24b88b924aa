// The museum's structured JSON log (pino): one root logger, child loggers that carry the room and visitor ids, and
// redaction so that no password, token or secret is ever written, whatever object a caller passes in.
import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "../config";

/**
 * Fields that may hold credentials, wherever they sit in a logged object (two levels deep covers join options,
 * request bodies and headers as the server logs them). pino replaces their values with "[redacted]".
 */
export const REDACTED_PATHS = [
  "password",
  "token",
  "guideToken",
  "secret",
  "authorization",
  "cookie",
  "*.password",
  "*.token",
  "*.guideToken",
  "*.secret",
  "*.authorization",
  "*.cookie",
  "*.*.password",
  "*.*.token",
  "*.*.guideToken",
  "*.*.secret",
  "*.*.authorization",
  "*.*.cookie",
  "guideTokenSecret",
  "*.guideTokenSecret",
  "GUIDE_TOKEN_SECRET",
  "*.GUIDE_TOKEN_SECRET",
  "metricsToken",
  "*.metricsToken",
  "METRICS_TOKEN",
  "*.METRICS_TOKEN",
  // Join options are logged from an allow-list (joinOptionsForLog); these are a second guard, should one slip through.
  "tourTicket",
  "*.tourTicket",
  "*.*.tourTicket",
  "reconnectionToken",
  "*.reconnectionToken",
];

/** The join options worth a log line, and only those: a ticket or token is never written, only whether there was one. */
const LOGGED_JOIN_OPTIONS = ["sceneId", "mode", "lang", "tourCode"] as const;

export function joinOptionsForLog(options: unknown): Record<string, string | boolean> {
  const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
  const out: Record<string, string | boolean> = {};
  for (const key of LOGGED_JOIN_OPTIONS) {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    if (typeof v === "string") out[key] = v.slice(0, 40);
  }
  // Named apart from the credentials, which redaction would blank even as a boolean.
  if (Object.hasOwn(o, "guideToken")) out.withGuideToken = true;
  if (Object.hasOwn(o, "tourTicket")) out.withTicket = true;
  return out;
}

/** The process's root logger; `destination` is for tests that read what was written. */
export function createLogger(config: Pick<Config, "logLevel">, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: "digital-bund" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

/** A logger for one room instance: every line it writes names the room. */
export const roomLog = (log: Logger, roomId: string): Logger => log.child({ room: roomId });

/** A logger for one visitor in one room (the visitor id is the Colyseus session id). */
export const visitorLog = (log: Logger, roomId: string, sessionId: string): Logger =>
  log.child({ room: roomId, visitor: sessionId });
