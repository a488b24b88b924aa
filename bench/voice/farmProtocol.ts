// The messages between bench/voice.ts and its listener farm (bench/voice/listenerFarm.ts, a child process), checked
// by zod on both sides like every boundary.
import { z } from "zod";

const id = z.string().min(1).max(64);
const sdp = z.string().min(1).max(64_000);

/** Where a farm listener's audio comes from: a slot of the media server, or straight from the guide's own peer. */
export const ListenerKind = z.enum(["sfu", "direct", "mesh"]);
export type ListenerKind = z.infer<typeof ListenerKind>;

export const ToFarm = z.discriminatedUnion("op", [
  /** Answer an offer (the media server's, or the guide's for a direct or mesh connection). */
  z.object({ op: z.literal("answer"), id, kind: ListenerKind, offer: sdp }),
  /** Drop a listener (one whose connection never came up, before it is tried again). */
  z.object({ op: z.literal("close"), id }),
  /** Start writing down arrival times. */
  z.object({ op: z.literal("begin") }),
  /** The guide's packets of the window, [sequence number, send time in ms on the host's clock]; figures per kind. */
  z.object({
    op: z.literal("end"),
    sent: z.array(z.tuple([z.number().int().min(0).max(0xffff), z.number()])).max(100_000),
  }),
]);
export type ToFarm = z.infer<typeof ToFarm>;

export const KindFigures = z.object({
  kind: ListenerKind,
  listeners: z.number(),
  expected: z.number(),
  received: z.number(),
  /** Listeners that missed at least one packet. */
  lossyListeners: z.number(),
  delayP50Ms: z.number().nullable(),
  delayP95Ms: z.number().nullable(),
});
export type KindFigures = z.infer<typeof KindFigures>;

export const FromFarm = z.discriminatedUnion("op", [
  z.object({ op: z.literal("ready") }),
  z.object({ op: z.literal("answered"), id, sdp }),
  z.object({ op: z.literal("connected"), id }),
  z.object({ op: z.literal("failed"), id, error: z.string().max(500) }),
  /** `cpuMicros`: the farm's own CPU so far (user + system), so that a saturated farm shows in the output. */
  z.object({ op: z.literal("begun"), cpuMicros: z.number() }),
  z.object({ op: z.literal("window"), figures: z.array(KindFigures), cpuMicros: z.number() }),
]);
export type FromFarm = z.infer<typeof FromFarm>;
