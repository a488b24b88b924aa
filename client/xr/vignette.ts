// The comfort vignette: a head-locked ring that darkens the edges of view while the stick moves or turns the
// visitor. One small mesh over everything — one draw call per eye while it shows, none at rest.
import { Constants } from "@babylonjs/core/Engines/constants";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData";
import type { Node } from "@babylonjs/core/node";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import { APERTURE_CLOSED_DEG, vignetteApertureDeg } from "./comfort";
import { DEG } from "../../common/measures";

/** Far enough ahead that each eye's 3 cm offset barely shifts the ring (under 2°); it draws over nearer things anyway. */
const DISTANCE = 1;
const SEGMENTS = 48;
/** Where the ramp from clear to dark ends, and how far out the dark reaches (past any headset's field of view). */
const FEATHER_DEG = 14;
const OUTER_DEG = 80;

export interface Vignette {
  /** 0 hides it (no draw call); 1 is the narrowest, darkest window. */
  set(strength: number): void;
  strength(): number;
  dispose(): void;
}

/** A flat annulus in the xy plane facing -z: clear (alpha 0) inside, ramping to black over FEATHER_DEG. */
function ringData(): VertexData {
  const radii = [APERTURE_CLOSED_DEG, APERTURE_CLOSED_DEG + FEATHER_DEG, OUTER_DEG].map(
    (a) => Math.tan(a * DEG) * DISTANCE,
  );
  const alphas = [0, 1, 1];
  const positions: number[] = [];
  const colors: number[] = [];
  const indices: number[] = [];
  for (let ring = 0; ring < radii.length; ring++) {
    for (let i = 0; i < SEGMENTS; i++) {
      const t = (i / SEGMENTS) * 2 * Math.PI;
      positions.push(Math.cos(t) * radii[ring], Math.sin(t) * radii[ring], 0);
      colors.push(0, 0, 0, alphas[ring]);
    }
  }
  for (let ring = 0; ring < radii.length - 1; ring++) {
    for (let i = 0; i < SEGMENTS; i++) {
      const a = ring * SEGMENTS + i;
      const b = ring * SEGMENTS + ((i + 1) % SEGMENTS);
      indices.push(a, b, a + SEGMENTS, b, b + SEGMENTS, a + SEGMENTS);
    }
  }
  const data = new VertexData();
  data.positions = positions;
  data.colors = colors;
  data.indices = indices;
  return data;
}

/** A vignette that follows `head` (the XR camera). */
export function createVignette(scene: BabylonScene, head: Node): Vignette {
  const mesh = new Mesh("xr-vignette", scene);
  ringData().applyToMesh(mesh);
  mesh.parent = head;
  mesh.position.set(0, 0, DISTANCE);
  mesh.isPickable = false;
  mesh.hasVertexAlpha = true;
  // It is always in view: skip frustum tests, and draw it last over everything (panels and rays included).
  mesh.alwaysSelectAsActiveMesh = true;
  mesh.renderingGroupId = 1;
  const material = new StandardMaterial("xr-vignette", scene);
  material.disableLighting = true;
  material.emissiveColor = Color3.Black();
  material.backFaceCulling = false;
  material.disableDepthWrite = true;
  material.depthFunction = Constants.ALWAYS;
  material.freeze();
  mesh.material = material;
  mesh.setEnabled(false);
  let current = 0;
  return {
    set(strength) {
      current = Math.max(0, Math.min(1, strength));
      mesh.setEnabled(current > 0);
      if (current === 0) return;
      // Narrow the window by scaling the ring (its inner edge is built at the closed aperture) and fade it in.
      const scale = Math.tan(vignetteApertureDeg(current) * DEG) / Math.tan(APERTURE_CLOSED_DEG * DEG);
      mesh.scaling.set(scale, scale, 1);
      mesh.visibility = Math.min(1, current * 1.5);
    },
    strength: () => current,
    dispose() {
      mesh.dispose();
      material.dispose();
    },
  };
}
