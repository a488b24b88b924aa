// Pure facts about a landmark's data (its footprint, whether it is lost), free of zod so the client stays small.
import type { Landmark, LandmarkShape } from "./landmark";

export const isLost = (l: Landmark): boolean => l.demolished !== null;

/** Footprint size on the ground, in the landmark's own frame (width to its right, depth to its front). */
export function footprintOf(shape: LandmarkShape): { width: number; depth: number } {
  switch (shape.kind) {
    case "building":
    case "model":
      return { width: shape.width, depth: shape.depth };
    case "bridge":
      return { width: shape.width, depth: shape.length };
    case "wall":
      return { width: shape.length, depth: shape.thickness };
    case "monument":
      return { width: shape.pedestalWidth, depth: shape.pedestalWidth };
    case "skyscraper":
      return { width: shape.width, depth: shape.width };
    case "flood-wall":
      return { width: shape.length, depth: shape.thickness };
  }
}
