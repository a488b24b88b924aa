// What a click on an exhibit mesh hit: its item, by the mesh's own id or by the merged mesh's face ranges.
import { rangeOfFace } from "../kit/faceRanges";

/** Which triangles of a merged display mesh belong to which item. */
export interface ItemRange {
  firstTriangle: number;
  endTriangle: number;
  itemId: string;
}

/** What a pickable exhibit mesh carries so a click can name its item. */
export interface ExhibitPickData {
  itemId?: string;
  itemRanges?: ItemRange[];
}

/** The item a picked triangle belongs to. */
export function itemOfFace(ranges: readonly ItemRange[], faceId: number): string | null {
  return rangeOfFace(ranges, faceId)?.itemId ?? null;
}

/** The item a pick hit, from an exhibit mesh's metadata (or its parents', for glb models) and the picked face. */
export function itemOfPick(
  mesh: { metadata?: unknown; parent?: unknown } | null | undefined,
  faceId: number,
): string | null {
  let node = mesh as { metadata?: ExhibitPickData; parent?: unknown } | null | undefined;
  while (node) {
    const meta = node.metadata;
    if (meta?.itemId) return meta.itemId;
    if (meta?.itemRanges) return itemOfFace(meta.itemRanges, faceId);
    node = node.parent as typeof node;
  }
  return null;
}
