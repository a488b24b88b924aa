// Where a visitor stands, between metres and the state's fixed-point fields: read for the tour desk, set when a tour
// or a scene change moves them.
import {
  dequantizeAngle,
  dequantizeCoord,
  quantizeAngle,
  quantizeCoord,
  quantizeMm,
  type PoseGrid,
} from "../../common/pose";
import { clampToLock, type RoamingLock } from "../../common/roamingLock";
import type { RoomScene } from "./roomSettings";
import type { Visitor } from "./schema/MuseumState";
import type { Whereabouts } from "./tourRoomPort";
import { DEG } from "../../common/measures";

export function whereaboutsOf(v: Visitor | undefined, scenes: Record<string, RoomScene>): Whereabouts | undefined {
  const g = v && scenes[v.sceneId]?.grid;
  if (!v || !g) return undefined;
  return {
    sceneId: v.sceneId,
    x: dequantizeCoord(v.x, g.cx, g),
    z: dequantizeCoord(v.z, g.cz, g),
    yaw: dequantizeAngle(v.yaw),
    connected: v.connected,
    mode: v.mode,
  };
}

/** Moves a visitor to a place of a scene; false when the scene is not one of the room's. */
export function setPlace(
  v: Visitor,
  scenes: Record<string, RoomScene>,
  at: { sceneId: string; x: number; z: number; yaw: number },
): boolean {
  const g = scenes[at.sceneId]?.grid;
  if (!g) return false;
  Object.assign(v, {
    sceneId: at.sceneId,
    x: quantizeCoord(at.x, g.cx, g),
    z: quantizeCoord(at.z, g.cz, g),
    yaw: quantizeAngle(at.yaw),
  });
  return true;
}

/** Stands a visitor at a scene's spawn, at eye height, looking level, hands down. */
export function placeAtSpawn(visitor: Visitor, scene: RoomScene): void {
  visitor.x = quantizeCoord(scene.spawn.x, scene.grid.cx, scene.grid);
  visitor.z = quantizeCoord(scene.spawn.z, scene.grid.cz, scene.grid);
  visitor.y = quantizeMm(scene.eyeHeight);
  visitor.yaw = quantizeAngle(scene.spawn.yawDeg * DEG);
  visitor.pitch = 0;
  visitor.hands = 0;
}

/** A member's pose while roaming is locked: brought back inside the lock's circle (`at` is the pose in metres). */
export function keepInsideLock(
  pose: { x: number; z: number },
  grid: PoseGrid,
  at: { x: number; z: number },
  lock: RoamingLock,
): void {
  const kept = clampToLock(at, lock);
  pose.x = quantizeCoord(kept.x, grid.cx, grid);
  pose.z = quantizeCoord(kept.z, grid.cz, grid);
}
