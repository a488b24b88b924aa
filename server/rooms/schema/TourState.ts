// The live tours part of the room state: data only, compact types (see common/messageTypes.ts for the codes).
import { ArraySchema, MapSchema, schema, type Schema, type SchemaType } from "@colyseus/schema";
import type { SameKeys, TourMemberWire, TourWire } from "../../../common/tourFields";

export const TourMember = schema({
  /** FollowState. */
  follow: "uint8",
  /** 0: hand down; else its place in the raised-hands queue (lower raised earlier). */
  hand: "uint16",
  /** MemberPlace: the headcount, updated about once a second. */
  place: "uint8",
});
export type TourMember = SchemaType<typeof TourMember>;

/** The narration clock (common/tourClock.ts): position = playing ? offsetMs + (serverNow − startedAt) : offsetMs. */
export const Narration = schema({
  playing: "boolean",
  /** Server Date.now() in ms: past 2^32, so a float64 (exact for integers up to 2^53). */
  startedAt: "float64",
  offsetMs: "uint32",
});
export type Narration = SchemaType<typeof Narration>;

export const Tour = schema({
  planId: "string",
  /** Session id of the guide leading the tour (also a key of `members`). */
  guide: "string",
  guideName: "string",
  /** TourStatus. */
  status: "uint8",
  /** Index into the plan's stops (the plan arrives once in the "tour:plan" message). */
  stop: "uint8",
  stopCount: "uint8",
  narration: Narration,
  /** Metres; 0 when members may roam. */
  lockRadius: "uint8",
  /** SpotlightKind and the landmark or exhibit id ("" when off). */
  spotKind: "uint8",
  spotId: "string",
  announcement: "string",
  announceSeq: "uint16",
  /** Everyone in the tour (guide and co-guides included), by session id. */
  members: { map: TourMember },
  /** Names of members who left, latest last (at most 20). */
  left: ["string"],
  /** Kept out of every listing (GET /api/tours): joined by code or link only. */
  unlisted: "boolean",
  /** PeriodLayer: "1937" or "today", the period the group sees the Bund in. */
  layer: "string",
});
export type Tour = SchemaType<typeof Tour>;

// Held to common/tourFields.ts: a field the schema lacks, or has beyond the shared definition, or holds in another
// type, stops the build here rather than reaching a client.
type FieldsOf<T> = Omit<T, keyof Schema>;
const tourHasWireFields: SameKeys<FieldsOf<Tour>, TourWire> = true;
const memberHasWireFields: SameKeys<FieldsOf<TourMember>, TourMemberWire> = true;
const tourIsWire: (t: Tour) => TourWire = (t) => t;
void [tourHasWireFields, memberHasWireFields, tourIsWire];

export function createTourState(): Tour {
  const t = new Tour();
  t.narration = new Narration();
  t.members = new MapSchema<TourMember>();
  t.left = new ArraySchema<string>();
  t.layer = "1937";
  return t;
}
