// Mirrors a LiveTour (the plain truth) into its schema Tour, assigning only what changed so a patch carries only that.
import { SpotlightKind } from "../../common/messageTypes";
import type { TourWire } from "../../common/tourFields";
import type { LiveTour } from "../logic/liveTour";
import type { ArraySchema } from "@colyseus/schema";
import { TourMember, type Tour } from "./schema/TourState";

type Fields<T> = { [K in keyof T]?: T[K] };

function assign<T extends object>(target: T, values: Fields<T>): void {
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (target[key] !== values[key]) target[key] = values[key] as T[keyof T];
  }
}

/** Every plain field of the wire form, none left out: a field added to common/tourFields.ts must be written here. */
type PlainWire = Omit<TourWire, "narration" | "members" | "left">;

export function writeTour(target: Tour, t: LiveTour): void {
  const plain: PlainWire = {
    planId: t.planId,
    guide: t.guide,
    guideName: t.guideName,
    status: t.status,
    stop: t.stop,
    stopCount: t.plan.stops.length,
    lockRadius: Math.round(t.lockRadius),
    spotKind: !t.spotlight
      ? SpotlightKind.None
      : t.spotlight.kind === "landmark"
        ? SpotlightKind.Landmark
        : SpotlightKind.Exhibit,
    spotId: t.spotlight?.id ?? "",
    announcement: t.announcement,
    announceSeq: t.announceSeq,
    unlisted: t.private,
    layer: t.layer,
  };
  assign(target, plain);
  assign(target.narration, {
    playing: t.narration.playing,
    startedAt: t.narration.startedAt,
    offsetMs: t.narration.offsetMs,
  });
  for (const id of [...target.members.keys()]) if (!Object.hasOwn(t.members, id)) target.members.delete(id);
  for (const [id, m] of Object.entries(t.members)) {
    let member = target.members.get(id);
    if (!member) {
      member = new TourMember();
      target.members.set(id, member);
    }
    assign(member, { follow: m.follow, hand: m.hand });
  }
  if (target.left.length !== t.left.length || t.left.some((n, i) => target.left[i] !== n)) {
    const left = target.left as unknown as ArraySchema<string>;
    left.clear();
    left.push(...t.left);
  }
}
