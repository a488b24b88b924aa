// What the rooms need from the rest of the server: each scene's bounds, pose grid, spawn and eye height.
import { poseGrid } from "../../common/pose";
import type { SceneLibrary } from "../content/loadScenes";
import type { RoomScene } from "./roomSettings";

export function roomScenes(library: SceneLibrary): Record<string, RoomScene> {
  const out: Record<string, RoomScene> = {};
  for (const id of library.ids()) {
    const scene = library.get(id)!;
    const spawn = scene.spawnPoints[0];
    out[id] = {
      bounds: scene.bounds,
      grid: poseGrid(scene.bounds),
      spawn: { x: spawn.position.x, z: spawn.position.z, yawDeg: spawn.yawDeg },
      eyeHeight: scene.eyeHeight,
    };
  }
  return out;
}
