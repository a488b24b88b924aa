// Does a tour plan fit the museum? Every stop's scene, landmark or exhibit must exist and its place must be somewhere
// a visitor can stand. Pure: the content (scenes' walkable worlds and target points, the catalog) is passed in.
import { STUDIO_DESK_TARGET } from "../../common/ink/studioLayout";
import { THEATRE_STAGE_TARGET } from "../../common/theatre/stageLayout";
import { formatPath } from "../../common/scene";
import type { TourPlan, TourTarget } from "../../common/tour";
import { isWalkable, type WalkableWorld } from "../../common/walkable";

export interface Point {
  x: number;
  z: number;
}

/** What a scene offers a tour: where visitors may stand, and where its landmarks and exhibits are. */
export interface SceneTargets {
  world: WalkableWorld;
  landmarks: ReadonlyMap<string, Point>;
  exhibits: ReadonlyMap<string, Point>;
}

export interface TourContent {
  scenes: ReadonlyMap<string, SceneTargets>;
  /** The catalog, when it is loaded: an exhibit must also be one of its records. */
  catalog?: { has(id: string): boolean };
}

export interface PlanProblem {
  path: string;
  message: string;
}

/** A little more than a visitor's body (client/state/player.ts BODY_RADIUS = 0.35), so placed visitors are free to move. */
export const STAND_RADIUS = 0.4;

/** Why a target is not in the scene, or null when it is. */
export function targetProblem(
  target: TourTarget,
  scene: SceneTargets,
  catalog?: TourContent["catalog"],
): string | null {
  if (target.kind === "landmark") {
    if (scene.landmarks.has(target.id)) return null;
    const known = [...scene.landmarks.keys()];
    return `no landmark "${target.id}" in this scene${known.length ? ` (landmarks: ${known.slice(0, 30).join(", ")})` : " (it has no landmarks)"}`;
  }
  if (catalog && !catalog.has(target.id)) return `no exhibit "${target.id}" in the catalog`;
  if (scene.exhibits.has(target.id)) return null;
  return `exhibit "${target.id}" is not on display in this scene`;
}

export function planProblems(plan: TourPlan, content: TourContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const at = (i: number, ...rest: (string | number)[]) => formatPath(["stops", i, ...rest]);
  plan.stops.forEach((stop, i) => {
    const scene = content.scenes.get(stop.sceneId);
    if (!scene) {
      problems.push({
        path: at(i, "sceneId"),
        message: `no scene "${stop.sceneId}" (scenes: ${[...content.scenes.keys()].join(", ")})`,
      });
      return;
    }
    const bad = targetProblem(stop.target, scene, content.catalog);
    if (bad) problems.push({ path: at(i, "target", "id"), message: bad });
    if (stop.lesson && !scene.landmarks.has(STUDIO_DESK_TARGET)) {
      problems.push({
        path: at(i, "lesson"),
        message: `a writing lesson is given at a studio's desk: scene "${stop.sceneId}" has none`,
      });
    }
    if (stop.performance && !scene.landmarks.has(THEATRE_STAGE_TARGET)) {
      problems.push({
        path: at(i, "performance"),
        message: `a performance is watched in a theatre: scene "${stop.sceneId}" has no stage`,
      });
    }
    if (!isWalkable(scene.world, stop.place.x, stop.place.z, STAND_RADIUS)) {
      problems.push({
        path: at(i, "place"),
        message: `(${stop.place.x}, ${stop.place.z}) is not a place to stand: outside the scene, in a building, a wall or the water`,
      });
    }
  });
  return problems;
}

export const describeProblems = (problems: readonly PlanProblem[]) =>
  problems.map((p) => `${p.path}: ${p.message}`).join("; ");
