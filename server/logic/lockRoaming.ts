// The lock a live tour imposes on its members (the clamp itself is common/roamingLock.ts, shared with the client).
import type { SceneLock } from "../../common/roamingLock";
import type { Point } from "./tourPlanCheck";

export type { SceneLock };

/** The lock a tour's current stop imposes, if the guide has set a radius. It holds while the guide is away too. */
export function lockOfTour(radius: number, stop: { sceneId: string; place: Point }): SceneLock | undefined {
  return radius > 0 ? { sceneId: stop.sceneId, centre: stop.place, radius } : undefined;
}
