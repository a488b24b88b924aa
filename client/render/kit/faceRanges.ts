// Which range of a merged mesh's triangles a picked face falls in: landmarks and exhibits both pick this way.

export interface FaceRange {
  firstTriangle: number;
  endTriangle: number;
}

/** Binary search of ranges sorted by construction. */
export function rangeOfFace<R extends FaceRange>(ranges: readonly R[], faceId: number): R | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (faceId < r.firstTriangle) hi = mid - 1;
    else if (faceId >= r.endTriangle) lo = mid + 1;
    else return r;
  }
  return null;
}
