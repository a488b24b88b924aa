// Where the studio's desk and paper stand (scene metres: x east, z north), shared by the desk the client builds, the
// VR brush that writes on the paper and the server, which offers the desk as a tour stop's target.
/** The visitor arrives east of the desk, facing west, so the paper's top is its far (west) side. */
export const STUDIO_DESK = { x: -0.4, z: 0, height: 0.78, depth: 0.9, width: 1.8 };
/** The paper: a square this many metres across, centred here on the desktop. */
export const STUDIO_PAPER = { x: -0.3, z: 0.05, size: 0.5, y: STUDIO_DESK.height + 0.004 };
/** The desk as a tour stop's target in a studio scene (it is built with the studio, not listed as a landmark). */
export const STUDIO_DESK_TARGET = "writing-desk";

/** The grid point (the stroke data's 1024 grid, y up) under a world point, and its height above the paper; null off it. */
export function paperGridPoint(p: {
  x: number;
  y: number;
  z: number;
}): { x: number; y: number; height: number } | null {
  const half = STUDIO_PAPER.size / 2;
  const u = (p.z - (STUDIO_PAPER.z - half)) / STUDIO_PAPER.size;
  const v = (STUDIO_PAPER.x + half - p.x) / STUDIO_PAPER.size;
  if (u < 0 || u > 1 || v < 0 || v > 1) return null;
  return { x: u * 1024, y: v * 1024 - 124, height: p.y - STUDIO_PAPER.y };
}

/** The world point on the paper at a grid point, `above` metres over it (the inverse of paperGridPoint). */
export function paperWorldPoint(x: number, y: number, above = 0): { x: number; y: number; z: number } {
  const half = STUDIO_PAPER.size / 2;
  return {
    x: STUDIO_PAPER.x + half - ((y + 124) / 1024) * STUDIO_PAPER.size,
    y: STUDIO_PAPER.y + above,
    z: STUDIO_PAPER.z - half + (x / 1024) * STUDIO_PAPER.size,
  };
}
