// The wire contract's schemas: one zod schema per client→server message (names and codes: messageTypes.ts).
import { z } from "zod";
import { PERIOD_LAYERS } from "./periodLayers";
import { IdSchema } from "./sceneParts";
import { TourCodeSchema, TourTargetSchema } from "./tour";
import type { TextLimits } from "./visitorText";

export { MessageType, CloseCode, ErrorCode, VisitorRole, type ErrorMessage } from "./messageTypes";

const int16 = z.int().min(-32768).max(32767);
const uint16 = z.int().min(0).max(65535);
const uint32 = z.int().min(0).max(4294967295);

/** [x, y, z, yaw, pitch] or, with both hands, [… , lx, ly, lz, lq, rx, ry, rz, rq]: the fields of a QuantizedPose. */
export const PoseMessageSchema = z.union([
  z.tuple([int16, int16, int16, uint16, int16]),
  z.tuple([int16, int16, int16, uint16, int16, int16, int16, int16, uint32, int16, int16, int16, uint32]),
]);
export type PoseMessage = z.infer<typeof PoseMessageSchema>;

export const VisitorModeSchema = z.enum(["desktop", "xr"]);
export type VisitorMode = z.infer<typeof VisitorModeSchema>;
export const ModeMessageSchema = z.strictObject({ mode: VisitorModeSchema });
export const SceneMessageSchema = z.strictObject({ sceneId: IdSchema });

export const MAX_NAME_INPUT = 200;

/** What a client passes to joinOrCreate. */
export const JoinOptionsSchema = z.strictObject({
  /** Cleaned and cut on the server (common/displayName.ts); anything longer than this is refused before any work. */
  name: z
    .string()
    .max(
      MAX_NAME_INPUT,
      `too long: at most ${MAX_NAME_INPUT} UTF-16 units are read (a name shows at most 32 characters)`,
    ),
  sceneId: IdSchema,
  mode: VisitorModeSchema.default("desktop"),
  /** A signed-in guide's token (POST /api/guides/login): the only way to the guide role. */
  guideToken: z.string().min(1).max(1024).optional(),
  /** Join this live tour on arrival (the seat must come from POST /api/tours/:code/seat if the tour is elsewhere). */
  tourCode: TourCodeSchema.optional(),
  /** The `ticket` of an earlier "tour:plan" message: reclaims that seat in `tourCode` (e.g. after a server restart). */
  tourTicket: z.string().min(1).max(256).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/** "clock": the client's Date.now() when it asked. */
export const ClockMessageSchema = z.strictObject({ t: z.number().finite() });

// Tour commands. Empty bodies may be sent as {} or nothing at all.
const none = z.strictObject({}).optional();
export const TourStartMessageSchema = z.strictObject({ planId: IdSchema });
export const TourNextMessageSchema = none;
export const TourPrevMessageSchema = none;
export const TourGotoMessageSchema = z.strictObject({ stop: z.int().min(0).max(255) });
/** Face the guide (default) or the stop's target. */
export const TourGatherMessageSchema = z
  .strictObject({ facing: z.enum(["guide", "target"]).default("guide") })
  .optional();
export const TourFollowMessageSchema = z.strictObject({ on: z.boolean() });
/** A landmark or exhibit of the guide's scene, or null to switch the spotlight off. */
export const TourSpotlightMessageSchema = z.strictObject({ target: TourTargetSchema.nullable() });
export const TourNarrationMessageSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("play") }),
  z.strictObject({ action: z.literal("pause") }),
  z.strictObject({ action: z.literal("seek"), toSec: z.number().finite().min(0).max(3600) }),
]);
export const MAX_ANNOUNCEMENT = 200;
/** What of an announcement reaches the state: whole characters, and at most 3 bytes of UTF-8 a character on average. */
export const ANNOUNCEMENT_LIMITS: TextLimits = { graphemes: MAX_ANNOUNCEMENT, bytes: 3 * MAX_ANNOUNCEMENT };
/** An empty text takes the banner down. */
export const TourAnnounceMessageSchema = z.strictObject({
  text: z.string().max(MAX_ANNOUNCEMENT, `at most ${MAX_ANNOUNCEMENT} characters`),
});
/** Members stay within `radius` metres of the stop's place; 0 unlocks. */
export const TourLockMessageSchema = z.strictObject({
  radius: z
    .number()
    .finite()
    .refine((r) => r === 0 || (r >= 3 && r <= 100), "radius must be 0 (unlocked) or between 3 and 100 metres"),
});
const sessionIdSchema = z.string().min(1).max(64);
export const TourLowerHandMessageSchema = z.strictObject({ member: sessionIdSchema });
export const TourRemoveMessageSchema = z.strictObject({ member: sessionIdSchema });
export const TourHandoverMessageSchema = z.strictObject({ to: sessionIdSchema });
export const TourEndMessageSchema = none;
export const TourJoinMessageSchema = z.strictObject({ code: TourCodeSchema });
export const TourLeaveMessageSchema = none;
export const TourRaiseHandMessageSchema = z.strictObject({ raised: z.boolean() });
export const TourToGuideMessageSchema = none;
export const TourFollowReplyMessageSchema = z.strictObject({ accept: z.boolean() });

export const TourPrivacyMessageSchema = z.strictObject({ private: z.boolean() });
export const TourLayerMessageSchema = z.strictObject({
  layer: z.enum(PERIOD_LAYERS, { error: 'must be "1937" or "today"' }),
});

export type TourNarrationMessage = z.infer<typeof TourNarrationMessageSchema>;

/** Short, readable zod errors for the sender: "0: expected int, received number; 1: …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join(".") : "(message)"}: ${i.message}`)
    .join("; ");
}
