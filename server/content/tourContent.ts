// What tours need to know of the scenes: each scene's walkable world and where its landmarks and exhibits stand.
import { slotsOf } from "../../common/displayLayout";
import type { Scene } from "../../common/scene";
import { STUDIO_DESK, STUDIO_DESK_TARGET } from "../../common/ink/studioLayout";
import { STAGE_CENTRE, THEATRE_STAGE_TARGET } from "../../common/theatre/stageLayout";
import { buildWalkableWorld } from "../../common/walkable";
import type { Point, SceneTargets, TourContent } from "../logic/tourPlanCheck";
import type { SceneLibrary } from "./loadScenes";

// Only where an item stands on the floor plan matters here, and that does not depend on its size.
const ANY_SIZE = () => ({ heightCm: 50, widthCm: 50, depthCm: 50 });

export function sceneTargets(scene: Scene): SceneTargets {
  const landmarks = new Map<string, Point>(scene.landmarks.map((l) => [l.id, { x: l.position.x, z: l.position.z }]));
  const exhibits = new Map<string, Point>();
  for (const d of scene.displays) for (const s of slotsOf(d, ANY_SIZE)) exhibits.set(s.itemId, { x: s.x, z: s.z });
  // A studio's writing desk is built with the studio rather than listed in its scene: a lesson stop faces it.
  if (scene.kind === "studio") landmarks.set(STUDIO_DESK_TARGET, { x: STUDIO_DESK.x, z: STUDIO_DESK.z });
  // So is a theatre's stage: a performance stop faces it.
  if (scene.kind === "theatre") landmarks.set(THEATRE_STAGE_TARGET, STAGE_CENTRE);
  return { world: buildWalkableWorld(scene), landmarks, exhibits };
}

export function tourContent(library: SceneLibrary, catalog?: TourContent["catalog"]): TourContent {
  const scenes = new Map<string, SceneTargets>();
  for (const id of library.ids()) scenes.set(id, sceneTargets(library.get(id)!));
  return { scenes, catalog };
}
