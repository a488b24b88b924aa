// Reading a live tour back from the store (written through on every change): zod-checked, so a damaged or older
// record is refused with a reason instead of reaching a room. For restoring tours after a restart (issue 7).
import { z } from "zod";
import { TourPlanSchema, TourTargetSchema } from "../../common/tour";
import type { SameKeys } from "../../common/tourFields";
import { PERIOD_LAYERS } from "../../common/periodLayers";
import type { LiveTour } from "./liveTour";

const uint = z.int().min(0);
const MemberSchema = z.strictObject({
  name: z.string().max(64),
  follow: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  hand: uint.max(65535),
  seat: z.string().min(1).max(64),
});

export const TourSnapshotSchema = z.strictObject({
  code: z.string().min(1).max(16),
  planId: z.string().min(1),
  guide: z.string().min(1),
  guideName: z.string(),
  status: z.union([z.literal(0), z.literal(1)]),
  resumePlaying: z.boolean(),
  stop: uint,
  narration: z.strictObject({ playing: z.boolean(), startedAt: z.number().finite(), offsetMs: uint }),
  lockRadius: z.number().min(0).max(100),
  spotlight: TourTargetSchema.nullable(),
  announcement: z.string().max(400),
  announceSeq: uint.max(65535),
  handSeq: uint.max(65535),
  members: z.record(z.string(), MemberSchema),
  left: z.array(z.string()),
  startedAt: z.number().finite(),
  /** Absent in records written before private tours existed: those were public. */
  private: z.boolean().default(false),
  /** Absent in records written before period layers existed: those showed 1937. */
  layer: z.enum(PERIOD_LAYERS).default("1937"),
});

// Held to LiveTour (and through it to common/tourFields.ts): a field written but not read back, or read but never
// written, stops the build here instead of being lost across a restart.
const sameFields: SameKeys<z.infer<typeof TourSnapshotSchema>, Omit<LiveTour, "plan">> = true;
const writtenAsRead: (t: Omit<LiveTour, "plan">) => z.input<typeof TourSnapshotSchema> = (t) => t;
void [sameFields, writtenAsRead];

/** The tour as it was last written, or an error naming what is wrong with the record. */
export function restoreLiveTour(planJson: string, stateJson: string): LiveTour {
  const plan = TourPlanSchema.parse(JSON.parse(planJson));
  const state = TourSnapshotSchema.parse(JSON.parse(stateJson));
  if (state.stop >= plan.stops.length)
    throw new Error(`stop ${state.stop} is past the plan's ${plan.stops.length} stops`);
  if (!Object.hasOwn(state.members, state.guide)) throw new Error("the guide is not among the members");
  return { ...state, plan };
}
