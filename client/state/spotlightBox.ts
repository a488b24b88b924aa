// Where a tour's spotlight falls: the box round a landmark (its footprint and height) or an exhibit on its display,
// and the point the guide's pointer ray aims at. Pure.
import { footprintOf } from "../../common/landmarkGeometry";
import type { Landmark, LandmarkShape } from "../../common/landmark";
import { DEG } from "../../common/measures";

/** The outline stands a little off the thing it surrounds, so it is not hidden inside the façade. */
const MARGIN_M = 0.6;
const EXHIBIT_MARGIN_M = 0.12;

export interface OutlineBox {
  x: number;
  z: number;
  bottom: number;
  top: number;
  width: number;
  depth: number;
  /** Radians, 0 = north: the way the front faces. */
  yaw: number;
}

function roofHeight(roof: Extract<LandmarkShape, { kind: "building" }>["roof"]): number {
  if (roof.type === "flat") return roof.parapet;
  if (roof.type === "dome") return roof.drumHeight + roof.radius;
  return roof.height;
}

export function landmarkHeight(shape: LandmarkShape): number {
  switch (shape.kind) {
    case "building":
      return shape.height + roofHeight(shape.roof) + (shape.tower?.height ?? 0);
    case "model":
      return shape.height;
    case "bridge":
      return shape.trussHeight + 4;
    case "wall":
      return Math.max(shape.height, shape.gate.towerHeight);
    case "monument":
      return shape.pedestalHeight + shape.columnHeight + shape.figureHeight;
    case "skyscraper":
      return shape.height;
    case "flood-wall":
      return shape.height;
  }
}

export function landmarkBox(l: Landmark): OutlineBox {
  const { width, depth } = footprintOf(l.shape);
  return {
    x: l.position.x,
    z: l.position.z,
    bottom: 0,
    top: landmarkHeight(l.shape) + MARGIN_M,
    width: width + 2 * MARGIN_M,
    depth: depth + 2 * MARGIN_M,
    yaw: l.facingDeg * DEG,
  };
}

export interface ExhibitSlot {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  pose: "standing" | "hung" | "lying";
}

export function exhibitBox(
  slot: ExhibitSlot,
  size: { heightCm: number; widthCm: number; depthCm: number },
): OutlineBox {
  const h = size.heightCm / 100;
  const w = size.widthCm / 100;
  const d = size.depthCm / 100;
  // Standing items' slot height is their base; hung ones' their centre; lying ones lie face up on the table.
  const bottom = slot.pose === "standing" ? slot.y : slot.pose === "hung" ? slot.y - h / 2 : slot.y;
  const top = slot.pose === "lying" ? slot.y + Math.min(d, 0.3) : bottom + h;
  const across = slot.pose === "lying" ? h : d;
  return {
    x: slot.x,
    z: slot.z,
    bottom: bottom - EXHIBIT_MARGIN_M,
    top: top + EXHIBIT_MARGIN_M,
    width: w + 2 * EXHIBIT_MARGIN_M,
    depth: across + 2 * EXHIBIT_MARGIN_M,
    yaw: slot.yawDeg * DEG,
  };
}

/** Where a pointer aims at a box: its middle, or for something tall, a third of the way up (what one points at). */
export const aimPoint = (b: OutlineBox) => ({ x: b.x, y: b.bottom + Math.min((b.top - b.bottom) / 2, 12), z: b.z });
