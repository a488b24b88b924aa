// What a guided tour draws in the current scene: a beacon of light at the stop, a path on the ground to it, and the
// spotlight (an outline round the landmark or exhibit, and the guide's pointer ray to it). Two draw calls: the
// beacon, and one line system for everything else, refilled in place each frame.
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { CreateCylinder } from "@babylonjs/core/Meshes/Builders/cylinderBuilder";
import { CreateLineSystem } from "@babylonjs/core/Meshes/Builders/linesBuilder";
import type { LinesMesh } from "@babylonjs/core/Meshes/linesMesh";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

import type { OutlineBox } from "../state/spotlightBox";
import type { TourMarkState } from "../state/markState";

export interface TourMarks {
  update(state: TourMarkState): void;
  dispose(): void;
}

const TOUR_GOLD = new Color3(1, 0.78, 0.25);
const PATH_Y = 0.12; // above the pavement, below the eye
/** Fixed line count, so the mesh is refilled in place: path, ray, and a box's twelve edges. */
const LINE_COUNT = 14;

function boxEdges(b: OutlineBox): Vector3[][] {
  const fx = Math.sin(b.yaw);
  const fz = Math.cos(b.yaw);
  const corner = (side: number, front: number, y: number) =>
    new Vector3(
      b.x + fz * side * (b.width / 2) + fx * front * (b.depth / 2),
      y,
      b.z - fx * side * (b.width / 2) + fz * front * (b.depth / 2),
    );
  const ring = (y: number) => [corner(-1, -1, y), corner(1, -1, y), corner(1, 1, y), corner(-1, 1, y)];
  const lo = ring(b.bottom + 0.05);
  const hi = ring(b.top);
  const edges: Vector3[][] = [];
  for (let i = 0; i < 4; i++) edges.push([lo[i], lo[(i + 1) % 4]], [hi[i], hi[(i + 1) % 4]], [lo[i], hi[i]]);
  return edges;
}

export function createTourMarks(scene: BabylonScene, beaconHeight: number): TourMarks {
  const material = new StandardMaterial("tour-beacon", scene);
  material.disableLighting = true;
  material.emissiveColor = TOUR_GOLD;
  material.alpha = 0.35;
  material.backFaceCulling = false;
  const beacon: Mesh = CreateCylinder(
    "tour-beacon",
    { height: beaconHeight, diameterTop: 0.3, diameterBottom: 0.9, tessellation: 16, cap: 0 },
    scene,
  );
  beacon.material = material;
  beacon.isPickable = false;
  beacon.setEnabled(false);

  const hidden = [Vector3.Zero(), Vector3.Zero()];
  const fill = (state: TourMarkState): Vector3[][] => {
    const lines: Vector3[][] = [];
    const { beacon: b, from } = state;
    lines.push(b && from ? [new Vector3(from.x, PATH_Y, from.z), new Vector3(b.x, PATH_Y, b.z)] : hidden);
    lines.push(
      state.ray
        ? [
            new Vector3(state.ray.from.x, state.ray.from.y, state.ray.from.z),
            new Vector3(state.ray.to.x, state.ray.to.y, state.ray.to.z),
          ]
        : hidden,
    );
    lines.push(...(state.outline ? boxEdges(state.outline) : Array.from({ length: 12 }, () => hidden)));
    return lines;
  };
  let lines: LinesMesh = CreateLineSystem(
    "tour-lines",
    { lines: fill({ beacon: null, from: null, outline: null, ray: null }), updatable: true },
    scene,
  );
  lines.color = TOUR_GOLD;
  lines.isPickable = false;
  lines.alwaysSelectAsActiveMesh = true; // its bounds are those of the first fill; the lines move far beyond them
  lines.setEnabled(false);

  return {
    update(state) {
      beacon.setEnabled(state.beacon !== null);
      if (state.beacon) beacon.position.set(state.beacon.x, beaconHeight / 2, state.beacon.z);
      const any = (state.beacon && state.from) || state.ray || state.outline;
      lines.setEnabled(!!any);
      if (!any) return;
      const next = fill(state);
      if (next.length === LINE_COUNT) lines = CreateLineSystem("tour-lines", { lines: next, instance: lines }, scene);
    },
    dispose() {
      beacon.dispose();
      lines.dispose();
      material.dispose();
    },
  };
}
