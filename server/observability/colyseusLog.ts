// Colyseus' own log lines (its transport prints a stack for every socket that arrives with a made-up or expired seat,
// every frame it cannot read) routed into the museum's log: at the museum's levels, the first line of a stack only,
// and each kind of error once per interval with a count, so nobody can flood the log through the framework.
import type { Logger } from "pino";
import { createLogThrottle } from "./logThrottle";

/** The logger shape Colyseus 0.16 calls (`new Server({ logger })`, its Logger.ts). */
export interface ColyseusLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  trace(...args: unknown[]): void;
}

export const COLYSEUS_ERROR_INTERVAL_MS = 30_000;
/** What a visitor's socket did (a made-up or lapsed seat, an oversized or broken frame): theirs, not a server fault. */
const VISITORS_DOING =
  /seat reservation expired|max payload size exceeded|invalid websocket frame|invalid (opcode|utf-8)|RSV\d must be clear|ECONNRESET|EPIPE/i;
const MAX_TEXT = 300;

/** What Colyseus handed over, as one short line: an Error's or a stack's first line, other values as text. */
function lineOf(args: unknown[]): string {
  const text = args
    .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === "string" ? a : safeText(a)))
    .join(" ");
  const first = text.split("\n", 1)[0];
  return first.length > MAX_TEXT ? `${first.slice(0, MAX_TEXT)}…` : first;
}

function safeText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return "(unprintable)";
  }
}

export function colyseusLogger(log: Logger, now: () => number = () => performance.now()): ColyseusLogger {
  const framework = log.child({ source: "colyseus" });
  const throttle = createLogThrottle(COLYSEUS_ERROR_INTERVAL_MS);
  return {
    trace: (...args) => framework.trace(lineOf(args)),
    debug: (...args) => framework.debug(lineOf(args)),
    info: (...args) => framework.info(lineOf(args)),
    warn: (...args) => framework.warn(lineOf(args)),
    error(...args) {
      const line = lineOf(args);
      // Kinds are told apart by their text without ids and numbers ("seat reservation expired." for any session).
      const verdict = throttle.admit(line.replace(/[A-Za-z0-9_-]{9,}|\d+/g, "#"), now());
      if (!verdict.write) return;
      const fields = verdict.repeats ? { repeats: verdict.repeats } : {};
      if (VISITORS_DOING.test(line)) framework.warn(fields, line);
      else framework.error(fields, line);
    },
  };
}
