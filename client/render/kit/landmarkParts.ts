// The landmark kit's pure half: every landmark of a scene as parts, and those parts merged per material.
import type { Landmark } from "../../../common/landmark";
import { MeshBuffer } from "./MeshBuffer";
import { buildingParts, type KitMaterial, type Part } from "./buildingParts";
import { bridgeParts, monumentParts, wallParts } from "./structureParts";
import { floodWallParts, skyscraperParts } from "./skylineParts";
import { rangeOfFace } from "./faceRanges";
import type { FacadeKit } from "./facadeKit";
import type { SideReveals } from "./facadeRelief";

export type { KitMaterial, Part };
export const KIT_MATERIALS: readonly KitMaterial[] = ["facade", "brick", "stone", "roof", "clock"];

/**
 * The parts of one landmark; glTF-modelled landmarks have none (their meshes come from the file). A building's side
 * walls get window reveals where `sides` says they face a street (kit/streetSides.ts reads that from the scene).
 */
export function landmarkParts(l: Landmark, facades?: FacadeKit, sides?: SideReveals): Part[] {
  switch (l.shape.kind) {
    case "building":
      if (!facades) throw new Error(`${l.id}: a building is drawn with the façade kit (kit/facadeKit.ts), not loaded`);
      return buildingParts(l, l.shape, facades, sides);
    case "bridge":
      return bridgeParts(l, l.shape);
    case "wall":
      return wallParts(l, l.shape);
    case "monument":
      return monumentParts(l, l.shape);
    case "skyscraper":
      return skyscraperParts(l, l.shape);
    case "flood-wall":
      return floodWallParts(l, l.shape);
    case "model":
      return [];
  }
}

/** Which triangles of a merged mesh belong to which landmark, so a pick's faceId names the landmark. */
export interface PickRange {
  firstTriangle: number;
  endTriangle: number;
  landmarkId: string;
}

export interface MergedMaterial {
  material: KitMaterial;
  buffer: MeshBuffer;
  ranges: PickRange[];
}

/** One buffer per material for all landmarks: the whole skyline in a handful of draw calls. */
export function mergeByMaterial(parts: readonly Part[]): MergedMaterial[] {
  const out = new Map<KitMaterial, MergedMaterial>();
  for (const part of parts) {
    let merged = out.get(part.material);
    if (!merged) {
      merged = { material: part.material, buffer: new MeshBuffer(), ranges: [] };
      out.set(part.material, merged);
    }
    const first = merged.buffer.triangleCount;
    merged.buffer.append(part.buffer);
    const last = merged.ranges[merged.ranges.length - 1];
    if (last && last.landmarkId === part.landmarkId && last.endTriangle === first)
      last.endTriangle = merged.buffer.triangleCount;
    else
      merged.ranges.push({
        firstTriangle: first,
        endTriangle: merged.buffer.triangleCount,
        landmarkId: part.landmarkId,
      });
  }
  return KIT_MATERIALS.flatMap((m) => (out.has(m) ? [out.get(m)!] : []));
}

/** The landmark a picked face belongs to. */
export function landmarkOfFace(ranges: readonly PickRange[], faceId: number): string | null {
  return rangeOfFace(ranges, faceId)?.landmarkId ?? null;
}
