// Moving members for a tour: gather round the guide, "take me to the guide", and bringing stragglers inside a lock.
// Spots come from the pure gatherGroup through the desk's cache; the room sets each member's pose and tells the
// member's client (tour:place).
import { MessageType, PlaceReason, type TourPlaceMessage } from "../../common/messageTypes";
import { currentStop, type LiveTour } from "../logic/liveTour";
import { NEIGHBOUR_M, openingFor, type GatherSpot } from "../logic/gatherGroup";
import type { GatherCache } from "../logic/gatherCache";
import { firstFreeSpot } from "../logic/spotOccupancy";
import type { SceneLock } from "../logic/lockRoaming";
import type { Point, TourContent } from "../logic/tourPlanCheck";
import type { TourRoomPort, Whereabouts } from "./tourRoomPort";
import { DEG } from "../../common/measures";

/** Where the stop's target stands, when the guide is in the stop's scene. */
function targetPoint(t: LiveTour, content: TourContent, sceneId: string): Point | null {
  const stop = currentStop(t);
  if (stop.sceneId !== sceneId) return null;
  const scene = content.scenes.get(sceneId);
  const map = stop.target.kind === "landmark" ? scene?.landmarks : scene?.exhibits;
  return map?.get(stop.target.id) ?? null;
}

function send(
  room: TourRoomPort,
  t: LiveTour,
  id: string,
  sceneId: string,
  spot: GatherSpot,
  reason: TourPlaceMessage["reason"],
  mode: number,
): void {
  room.place(id, { sceneId, x: spot.x, z: spot.z, yaw: spot.yaw });
  const msg: TourPlaceMessage = {
    code: t.code,
    reason,
    sceneId,
    x: spot.x,
    z: spot.z,
    yaw: spot.yaw,
    fade: mode === 1,
  };
  room.clientOf(id)?.send(MessageType.TourPlace, msg);
}

/** Where the spots are cached: per tour, scene and what they are for (spots facing the guide serve gather and to-guide alike). */
const placeOf = (t: LiveTour, sceneId: string, purpose: "guide" | "target" | "lock") =>
  `${t.code}|${sceneId}|${purpose}`;

/** What every placement needs: the room, the museum's content, the desk's spot cache and the time. */
export interface Placing {
  room: TourRoomPort;
  content: TourContent;
  cache: GatherCache;
  now: number;
}

/** Spots round `centre` for the given members (nearest first), placed and told. */
function placeRound(
  p: Placing,
  t: LiveTour,
  sceneId: string,
  centre: Point,
  facingYaw: number,
  ids: string[],
  face: "centre" | "target",
  reason: TourPlaceMessage["reason"],
  within = Infinity,
): number {
  const { room, content } = p;
  const scene = content.scenes.get(sceneId);
  if (!scene || ids.length === 0) return 0;
  const target = targetPoint(t, content, sceneId);
  const distance = (id: string) => {
    const w = room.whereIs(id)!;
    return w.sceneId === sceneId ? Math.hypot(w.x - centre.x, w.z - centre.z) : Infinity;
  };
  const order = [...ids].sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1));
  const faceTarget = face === "target" && !!target;
  const purpose = within !== Infinity ? "lock" : faceTarget ? "target" : "guide";
  const req = {
    world: scene.world,
    guide: centre,
    opensTowards: openingFor(centre, facingYaw, target),
    faceTowards: faceTarget ? target : centre,
    count: within === Infinity ? order.length : order.length * 4,
  };
  const all = p.cache.spots(placeOf(t, sceneId, purpose), req, p.now);
  // Inside the lock's circle first; if it is too small for everyone, the nearest spots outside it.
  const spots = [
    ...all.filter((s) => Math.hypot(s.x - centre.x, s.z - centre.z) <= within),
    ...all.filter((s) => Math.hypot(s.x - centre.x, s.z - centre.z) > within),
  ].slice(0, order.length);
  spots.forEach((spot, i) => send(room, t, order[i], sceneId, spot, reason, room.whereIs(order[i])!.mode));
  return spots.length;
}

const connectedMembers = (room: TourRoomPort, t: LiveTour) =>
  Object.keys(t.members).filter((id) => id !== t.guide && room.whereIs(id)?.connected);

/** Everyone (connected) in a half circle round the guide. Null when the guide's whereabouts are unknown. */
export function gatherMembers(p: Placing, t: LiveTour, facing: "guide" | "target"): number | null {
  const guide = p.room.whereIs(t.guide);
  if (!guide) return null;
  return placeRound(
    p,
    t,
    guide.sceneId,
    guide,
    guide.yaw,
    connectedMembers(p.room, t),
    facing === "target" ? "target" : "centre",
    PlaceReason.Gather,
  );
}

/**
 * One member to a free spot of the guide's half circle: the cached spots, and the others' places in a grid, so the
 * search is linear in the group (tests/server/logic/gatherCache.test.ts counts its distance checks).
 */
export function spotNearGuide(p: Placing, t: LiveTour, member: string): boolean {
  const { room, content } = p;
  const guide = room.whereIs(t.guide);
  const me = room.whereIs(member);
  const scene = guide && content.scenes.get(guide.sceneId);
  if (!guide || !me || !scene) return false;
  const others = Object.keys(t.members)
    .filter((id) => id !== member && id !== t.guide)
    .map((id) => room.whereIs(id))
    .filter((w): w is Whereabouts => !!w && w.sceneId === guide.sceneId);
  const target = targetPoint(t, content, guide.sceneId);
  const req = {
    world: scene.world,
    guide,
    opensTowards: openingFor(guide, guide.yaw, target),
    faceTowards: guide,
    count: others.length + 1,
  };
  const free = firstFreeSpot(p.cache.spots(placeOf(t, guide.sceneId, "guide"), req, p.now), others, NEIGHBOUR_M * 0.9);
  if (!free) return false;
  send(room, t, member, guide.sceneId, free, PlaceReason.ToGuide, me.mode);
  return true;
}

/** When roaming is locked: members outside the radius (or in another scene) are brought round the stop's place. */
export function lockStragglers(p: Placing, t: LiveTour, lock: SceneLock): number {
  const outside = connectedMembers(p.room, t).filter((id) => {
    const w = p.room.whereIs(id)!;
    return w.sceneId !== lock.sceneId || Math.hypot(w.x - lock.centre.x, w.z - lock.centre.z) > lock.radius;
  });
  const heading = currentStop(t).headingDeg * DEG;
  return placeRound(p, t, lock.sceneId, lock.centre, heading, outside, "centre", PlaceReason.Lock, lock.radius - 0.5);
}
