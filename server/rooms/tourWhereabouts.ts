// Where a tour's people stand, as the desk needs it: the headcount, the roaming lock and the spotlight's scene.
import { MemberPlace } from "../../common/messageTypes";
import type { TourTarget } from "../../common/tour";
import { memberPlace } from "../logic/headcount";
import { currentStop, type LiveTour } from "../logic/liveTour";
import { insideLock, type SceneLock } from "../../common/roamingLock";
import { lockOfTour } from "../logic/lockRoaming";
import { targetProblem, type TourContent } from "../logic/tourPlanCheck";
import type { TourRoomPort } from "./tourRoomPort";

/** Who is with the group, behind, elsewhere or offline, mirrored into each tour's members (changed values only). */
export function countHeads(room: TourRoomPort, tours: Iterable<LiveTour>): void {
  for (const t of tours) {
    const target = room.state.tours.get(t.code);
    if (!target) continue;
    const guide = room.whereIs(t.guide);
    for (const id of Object.keys(t.members)) {
      const member = target.members.get(id);
      if (!member) continue;
      const at = room.whereIs(id);
      // Not in the room: a seat kept across a restart, not reclaimed yet.
      const place = at ? memberPlace(at, guide) : MemberPlace.Offline;
      if (member.place !== place) member.place = place;
    }
  }
}

export const lockOf = (t: LiveTour): SceneLock | undefined => lockOfTour(t.lockRadius, currentStop(t));

/** True when roaming is free, or the guide stands inside the lock's circle. */
export function guideInsideLock(room: TourRoomPort, t: LiveTour): boolean {
  const lock = lockOf(t);
  const g = room.whereIs(t.guide);
  return !lock || !g || insideLock(g, lock);
}

/** Null when the target exists in the guide's scene (or the stop's, when the guide is not in the room). */
export function spotlightProblem(
  room: TourRoomPort,
  content: TourContent,
  t: LiveTour,
  target: TourTarget | null,
): string | null {
  if (!target) return null;
  const sceneId = room.whereIs(t.guide)?.sceneId ?? currentStop(t).sceneId;
  const scene = content.scenes.get(sceneId);
  return scene ? targetProblem(target, scene, content.catalog) : `no scene "${sceneId}"`;
}
