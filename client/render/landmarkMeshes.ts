// The landmark kit's Babylon half: merged meshes (one per material and period layer) or, for comparison, one mesh per
// part.
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData";
import type { Scene } from "@babylonjs/core/scene";
import type { Landmark } from "../../common/landmark";
import { PERIOD_LAYERS, placeIn, shownIn, type PeriodLayer } from "../../common/periodLayers";
import type { MeshBuffer } from "./kit/MeshBuffer";
import { landmarkOfFace, landmarkParts, mergeByMaterial, type PickRange } from "./kit/landmarkParts";
import type { KitMaterials } from "./materials";
import { bakeSkyOcclusion } from "./kit/skyLight";
import type { FacadeKit } from "./kit/facadeKit";

export type BuildMode = "merged" | "naive";

/** What a pickable mesh carries so a click can name the landmark it hit. */
export interface LandmarkPickData {
  landmarkId?: string;
  pickRanges?: PickRange[];
}

export function meshFromBuffer(name: string, buffer: MeshBuffer, scene: Scene): Mesh {
  const mesh = new Mesh(name, scene);
  const data = new VertexData();
  data.positions = buffer.positions;
  data.normals = buffer.normals;
  data.uvs = buffer.uvs;
  data.colors = buffer.colors;
  data.indices = buffer.indices;
  data.applyToMesh(mesh, false);
  return mesh;
}

/** Which layers a group of meshes is drawn in: everything that stands unchanged in both, or one layer's own. */
export type LayerGroup = "both" | PeriodLayer;

/** The landmark as drawn in each group it belongs to (moved in the layer that moved it). */
function groupsOf(l: Landmark): { group: LayerGroup; landmark: Landmark }[] {
  const then = shownIn(l.layers, "1937");
  const now = shownIn(l.layers, "today");
  const before = placeIn(l, "1937");
  const after = placeIn(l, "today");
  if (then && now && before.x === after.x && before.z === after.z)
    return [{ group: "both", landmark: { ...l, position: before } }];
  const out: { group: LayerGroup; landmark: Landmark }[] = [];
  if (then) out.push({ group: "1937", landmark: { ...l, position: before } });
  if (now) out.push({ group: "today", landmark: { ...l, position: after } });
  return out;
}

export interface LandmarkMeshes {
  meshes: Mesh[];
  /** Shows one period layer: enables its group's meshes and the shared ones, disables the other layer's. */
  showLayer(layer: PeriodLayer): void;
}

/**
 * Builds every landmark of the scene, in three groups (shared by both layers, 1937 only, today only) so a layer
 * switch only enables and disables meshes. Merged: one static mesh per material and group, frozen.
 */
export function buildLandmarkMeshes(
  landmarks: readonly Landmark[],
  facades: FacadeKit | undefined,
  materials: KitMaterials,
  scene: Scene,
  mode: BuildMode,
  layer: PeriodLayer = "1937",
): LandmarkMeshes {
  const placed = landmarks.flatMap(groupsOf);
  const sides = facades?.streetSides(landmarks) ?? new Map<string, undefined>();
  const byGroup = new Map<LayerGroup, Mesh[]>();
  const keep = (group: LayerGroup, mesh: Mesh) => {
    byGroup.set(group, [...(byGroup.get(group) ?? []), mesh]);
  };
  for (const group of ["both", ...PERIOD_LAYERS] as const) {
    const parts = placed
      .filter((p) => p.group === group)
      .flatMap((p) => landmarkParts(p.landmark, facades, sides.get(p.landmark.id)));
    const prefix = group === "both" ? "landmarks" : `landmarks-${group}`;
    if (mode === "naive") {
      for (const part of parts) {
        bakeSkyOcclusion(part.buffer);
        const mesh = meshFromBuffer(part.name, part.buffer, scene);
        mesh.material = materials[part.material];
        mesh.metadata = { landmarkId: part.landmarkId } satisfies LandmarkPickData;
        keep(group, mesh);
      }
      continue;
    }
    for (const merged of mergeByMaterial(parts)) {
      bakeSkyOcclusion(merged.buffer);
      const mesh = meshFromBuffer(`${prefix}-${merged.material}`, merged.buffer, scene);
      mesh.material = materials[merged.material];
      mesh.metadata = { pickRanges: merged.ranges } satisfies LandmarkPickData;
      mesh.freezeWorldMatrix();
      mesh.doNotSyncBoundingInfo = true;
      keep(group, mesh);
    }
  }
  const showLayer = (shown: PeriodLayer) => {
    for (const layer of PERIOD_LAYERS) for (const mesh of byGroup.get(layer) ?? []) mesh.setEnabled(layer === shown);
  };
  showLayer(layer);
  return { meshes: [...byGroup.values()].flat(), showLayer };
}

/** The landmark a pick hit, from a mesh's metadata and the picked face. */
export function landmarkOfPick(mesh: { metadata?: unknown } | null | undefined, faceId: number): string | null {
  let node = mesh as { metadata?: LandmarkPickData; parent?: unknown } | null | undefined;
  while (node) {
    const meta = node.metadata;
    if (meta?.landmarkId) return meta.landmarkId;
    if (meta?.pickRanges) return landmarkOfFace(meta.pickRanges, faceId);
    node = node.parent as typeof node;
  }
  return null;
}
