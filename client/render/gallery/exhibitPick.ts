// What a click on an exhibit mesh hit: its item, by the mesh's own id or by the merged mesh's face ranges.

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

/** Binary search of sorted ranges: the item a picked triangle belongs to. */
export function itemOfFace(ranges: readonly ItemRange[], faceId: number): string | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (faceId < r.firstTriangle) hi = mid - 1;
    else if (faceId >= r.endTriangle) lo = mid + 1;
    else return r.itemId;
  }
  return null;
}

/** The item a pick hit, from an exhibit mesh's metadata (or its parents', for glb models) and the picked face. */
export function itemOfPick(mesh: { metadata?: unknown; parent?: unknown } | null | undefined, faceId: number): string | null {
  let node = mesh as { metadata?: ExhibitPickData; parent?: unknown } | null | undefined;
  while (node) {
    const meta = node.metadata;
    if (meta?.itemId) return meta.itemId;
    if (meta?.itemRanges) return itemOfFace(meta.itemRanges, faceId);
    node = node.parent as typeof node;
  }
  return null;
}
