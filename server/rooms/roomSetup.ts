// What the rooms need from the rest of the server: each scene's bounds, pose grid and spawn; who may connect.
import { poseGrid } from "../../common/pose";
import type { SceneLibrary } from "../content/loadScenes";
import type { RoomScene } from "./MuseumRoom";

export function roomScenes(library: SceneLibrary): Record<string, RoomScene> {
  const out: Record<string, RoomScene> = {};
  for (const id of library.ids()) {
    const scene = library.get(id)!;
    const spawn = scene.spawnPoints[0];
    out[id] = { bounds: scene.bounds, grid: poseGrid(scene.bounds), spawn: { x: spawn.position.x, z: spawn.position.z, yawDeg: spawn.yawDeg } };
  }
  return out;
}

/**
 * The WebSocket upgrade's Origin check: the configured allowlist, or when there is none, the page's own origin
 * (same host as the request). Non-browser clients send no Origin; they meet the same validation as everyone.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.length > 0) return allowed.includes(origin);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
