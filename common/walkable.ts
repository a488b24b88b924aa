// Where a visitor may stand: building footprints, water and bounds block; walkways (bridge decks) win over water.
// Pure 2D math on the ground plane, shared so the client's movement and the server's bounds checks agree.
import type { Display, Wall } from "./gallery";
import type { Landmark } from "./landmark";
import { footprintOf } from "./landmarkGeometry";
import type { Bounds, Scene } from "./scene";
import type { Polygon } from "./sceneParts";
import { DEG } from "./measures";

/** A rectangle turned by a heading: centre, half sizes, and the heading's sine/cosine. */
export interface OrientedRect {
  cx: number;
  cz: number;
  halfW: number;
  halfD: number;
  sin: number;
  cos: number;
  landmarkId: string;
}

export interface Circle {
  cx: number;
  cz: number;
  r: number;
}

export interface WalkableWorld {
  bounds: Bounds;
  rects: OrientedRect[];
  circles: Circle[];
  water: Polygon[];
  walkways: Polygon[];
}

/** A local point (x to the landmark's right, z to its front) in world coordinates. */
export function toWorld(l: { position: { x: number; z: number }; facingDeg: number }, lx: number, lz: number) {
  const s = Math.sin(l.facingDeg * DEG);
  const c = Math.cos(l.facingDeg * DEG);
  return { x: l.position.x + lx * c + lz * s, z: l.position.z - lx * s + lz * c };
}

function rect(l: Landmark, lx: number, lz: number, width: number, depth: number): OrientedRect {
  const centre = toWorld(l, lx, lz);
  return {
    cx: centre.x,
    cz: centre.z,
    halfW: width / 2,
    halfD: depth / 2,
    sin: Math.sin(l.facingDeg * DEG),
    cos: Math.cos(l.facingDeg * DEG),
    landmarkId: l.id,
  };
}

/** The solid parts of a landmark at ground level. */
export function obstaclesOf(l: Landmark): OrientedRect[] {
  const shape = l.shape;
  switch (shape.kind) {
    case "bridge":
      return []; // the deck is a walkway; the water on either side already keeps visitors on it
    case "flood-wall":
    case "skyscraper":
      return []; // the flood wall stands at the water's edge and the towers across the river: the water keeps visitors off
    case "wall": {
      // Two stretches either side of the gate, so visitors can walk through it.
      const side = (shape.length - shape.gate.width) / 2;
      const offset = shape.gate.width / 2 + side / 2;
      return [rect(l, -offset, 0, side, shape.thickness), rect(l, offset, 0, side, shape.thickness)];
    }
    default: {
      const { width, depth } = footprintOf(shape);
      return [rect(l, 0, 0, width, depth)];
    }
  }
}

/** A wall segment as a rectangle along it; its id names the wall. */
export function wallObstacle(w: Wall): OrientedRect {
  const dx = w.to.x - w.from.x;
  const dz = w.to.z - w.from.z;
  const len = Math.hypot(dx, dz) || 1;
  // The rectangle's right axis (cos, -sin) runs along the wall.
  return {
    cx: (w.from.x + w.to.x) / 2,
    cz: (w.from.z + w.to.z) / 2,
    halfW: len / 2 + w.thickness / 2,
    halfD: w.thickness / 2,
    sin: -dz / len,
    cos: dx / len,
    landmarkId: w.id,
  };
}

/** The floor a display takes: its length along the front edge, its depth behind it (a hung run only its panel). */
export function displayObstacle(d: Display): OrientedRect {
  const a = d.yawDeg * DEG;
  const depth = d.kind === "wall" ? (d.panel ? 0.2 : 0.1) : d.depth;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  return {
    cx: d.position.x - sin * (depth / 2),
    cz: d.position.z - cos * (depth / 2),
    halfW: d.length / 2,
    halfD: depth / 2,
    sin,
    cos,
    landmarkId: d.id,
  };
}

export function buildWalkableWorld(scene: Scene): WalkableWorld {
  return {
    bounds: scene.bounds,
    rects: [
      ...scene.landmarks.flatMap(obstaclesOf),
      ...scene.walls.map(wallObstacle),
      ...scene.displays.map(displayObstacle),
    ],
    circles: scene.props.flatMap((p) =>
      p.collisionRadius > 0
        ? p.placements.map((pl) => ({ cx: pl.position.x, cz: pl.position.z, r: p.collisionRadius }))
        : [],
    ),
    water: scene.water.map((w) => w.polygon),
    walkways: scene.walkways.map((w) => w.polygon),
  };
}

export function pointInPolygon(poly: Polygon, x: number, z: number): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, zi] = poly[i];
    const [xj, zj] = poly[j];
    if (zi > z !== zj > z && x < ((xj - xi) * (z - zi)) / (zj - zi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(px: number, pz: number, ax: number, az: number, bx: number, bz: number): number {
  const dx = bx - ax;
  const dz = bz - az;
  const len2 = dx * dx + dz * dz;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (pz - az) * dz) / len2));
  return Math.hypot(px - (ax + t * dx), pz - (az + t * dz));
}

function distanceToPolygonEdge(poly: Polygon, x: number, z: number): number {
  let best = Infinity;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    best = Math.min(best, distanceToSegment(x, z, poly[j][0], poly[j][1], poly[i][0], poly[i][1]));
  }
  return best;
}

/** Distance from a point to an oriented rectangle (0 inside). */
export function distanceToRect(r: OrientedRect, x: number, z: number): number {
  const dx = x - r.cx;
  const dz = z - r.cz;
  // Project onto the rectangle's right (cos, -sin) and front (sin, cos) axes.
  const lx = dx * r.cos - dz * r.sin;
  const lz = dx * r.sin + dz * r.cos;
  const ox = Math.max(Math.abs(lx) - r.halfW, 0);
  const oz = Math.max(Math.abs(lz) - r.halfD, 0);
  return Math.hypot(ox, oz);
}

/** The landmark whose footprint contains the point, if any. */
export function landmarkAt(world: WalkableWorld, x: number, z: number): string | null {
  for (const r of world.rects) if (distanceToRect(r, x, z) === 0) return r.landmarkId;
  return null;
}

function inWater(world: WalkableWorld, x: number, z: number, radius: number): boolean {
  if (world.walkways.some((w) => pointInPolygon(w, x, z))) return false;
  return world.water.some((w) => pointInPolygon(w, x, z) || (radius > 0 && distanceToPolygonEdge(w, x, z) < radius));
}

/** Can a visitor of this radius stand with their centre here? */
export function isWalkable(world: WalkableWorld, x: number, z: number, radius: number): boolean {
  const b = world.bounds;
  if (!Number.isFinite(x) || !Number.isFinite(z)) return false;
  if (x < b.minX + radius || x > b.maxX - radius || z < b.minZ + radius || z > b.maxZ - radius) return false;
  for (const r of world.rects) if (distanceToRect(r, x, z) < radius) return false;
  for (const c of world.circles) if (Math.hypot(x - c.cx, z - c.cz) < c.r + radius) return false;
  return !inWater(world, x, z, radius);
}

/**
 * What keeps a visitor from standing at a point: the scene's edge, the river, something solid with an id (a
 * landmark, a wall or a display: the rectangle's `landmarkId`), or a round obstacle.
 */
export type Obstacle = { kind: "edge" } | { kind: "water" } | { kind: "solid"; id: string } | { kind: "round" };

/** What stands where a visitor of this radius cannot (null where one can), for telling a visitor what stopped them. */
export function obstacleAt(world: WalkableWorld, x: number, z: number, radius: number): Obstacle | null {
  if (isWalkable(world, x, z, radius)) return null;
  const b = world.bounds;
  if (!Number.isFinite(x) || !Number.isFinite(z)) return { kind: "edge" };
  if (x < b.minX + radius || x > b.maxX - radius || z < b.minZ + radius || z > b.maxZ - radius) return { kind: "edge" };
  const solid = world.rects.find((r) => distanceToRect(r, x, z) < radius);
  if (solid) return { kind: "solid", id: solid.landmarkId };
  if (inWater(world, x, z, radius)) return { kind: "water" };
  return { kind: "round" };
}

/**
 * Moves from `from` towards `to` in short steps, sliding along whatever blocks the way
 * (try the whole step, then each axis alone), so a visitor glides along a façade instead of sticking to it.
 */
export function moveWithin(
  world: WalkableWorld,
  from: { x: number; z: number },
  to: { x: number; z: number },
  radius: number,
): { x: number; z: number } {
  const total = Math.hypot(to.x - from.x, to.z - from.z);
  if (!Number.isFinite(total) || total === 0) return { x: from.x, z: from.z };
  // A visitor placed somewhere solid (an old saved spot, a moved building) may walk out freely.
  if (!isWalkable(world, from.x, from.z, radius)) return { x: to.x, z: to.z };
  const steps = Math.ceil(total / Math.max(radius / 2, 0.05));
  const sx = (to.x - from.x) / steps;
  const sz = (to.z - from.z) / steps;
  let { x, z } = from;
  for (let i = 0; i < steps; i++) {
    if (isWalkable(world, x + sx, z + sz, radius)) {
      x += sx;
      z += sz;
    } else if (sx !== 0 && isWalkable(world, x + sx, z, radius)) x += sx;
    else if (sz !== 0 && isWalkable(world, x, z + sz, radius)) z += sz;
    else break;
  }
  return { x, z };
}
