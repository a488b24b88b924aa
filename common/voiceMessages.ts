// The zod schemas of every voice message a client sends (names: common/voiceWire.ts).
import { z } from "zod";
import { MAX_SDP_CHARS } from "./voiceWire";

const sessionId = z.string().min(1).max(64);
const none = z.union([z.strictObject({}), z.undefined(), z.null()]);

export const VoiceJoinSchema = none;
export const VoiceLeaveSchema = none;
export const VoiceAnswerSchema = z.strictObject({
  sdp: z
    .string()
    .min(1)
    .max(MAX_SDP_CHARS, `too long: an answer has at most ${MAX_SDP_CHARS} characters`)
    .startsWith("v=0", "not an SDP answer: it must start with v=0"),
});
export const VoiceMicSchema = z.strictObject({ on: z.boolean() });
export const VoiceBlockSchema = z.strictObject({ visitor: sessionId, on: z.boolean() });
export const VoiceFloorSchema = z.strictObject({ member: sessionId.nullable() });
export const VoiceMuteSchema = z.strictObject({ member: sessionId, on: z.boolean() });
export const VoiceMuteAllSchema = z.strictObject({ on: z.boolean() });
