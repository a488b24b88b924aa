// The zod schemas of every chat and moderation message a client sends (names: common/chatWire.ts).
import { z } from "zod";
import { MAX_CHAT_CHARS, MAX_REMOVAL_MINUTES, ReportReason, SLOW_MODE_STEPS } from "./chatWire";

const sessionId = z.string().min(1).max(64);
const none = z.union([z.strictObject({}), z.undefined(), z.null()]);

/** Longer than MAX_CHAT_CHARS is refused before any work (combining marks may make an honest line a little longer). */
export const ChatSaySchema = z.strictObject({
  channel: z.enum(["scene", "tour"]),
  text: z
    .string()
    .min(1, "an empty line")
    .max(2 * MAX_CHAT_CHARS, `too long: a line has at most ${MAX_CHAT_CHARS} characters`),
});
export const ChatReportSchema = z.strictObject({
  visitor: sessionId,
  line: z.int().min(0).optional(),
  reason: z.enum(ReportReason),
});
export const ChatSlowSchema = z.strictObject({
  seconds: z
    .int()
    .refine((s) => (SLOW_MODE_STEPS as readonly number[]).includes(s), `one of ${SLOW_MODE_STEPS.join(", ")} seconds`),
});
export const ModMuteSchema = z.strictObject({ visitor: sessionId, on: z.boolean() });
export const ModRemoveSchema = z.strictObject({
  visitor: sessionId,
  minutes: z.int().min(1).max(MAX_REMOVAL_MINUTES, `at most ${MAX_REMOVAL_MINUTES} minutes`),
});
export const ModLogSchema = none;
