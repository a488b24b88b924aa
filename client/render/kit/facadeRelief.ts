// A block's walls in relief: the front cut into window reveals that line up with the wall texture's glass, sills and
// lintels, a stepped cornice with modillions and Art Deco piers (the rusticated base: rusticatedBase.ts). Local
// coordinates of the landmark (its front faces +z); vertex colours darken where the sky is hidden (reveals, joints).
import type { MeshBuffer, Rgb, Vec3 } from "./MeshBuffer";
import { WINDOW } from "./stoneTextures";

/** Metres between window axes on a typical Bund façade; each wall is divided into whole bays near this width. */
export const BAY = 4.2;
const REVEAL = 0.38; // how deep a window sits behind the wall face
const HIDDEN_SKY = 0.72; // the back of a reveal sees about half the sky a wall does

export interface FacadeBlock {
  cx: number;
  cz: number;
  width: number;
  depth: number;
  y0: number;
  y1: number;
  floors: number;
}

export const shade = (c: Rgb, k: number): Rgb => [c[0] * k, c[1] * k, c[2] * k];

/** Whole bays along a wall of `length` metres: their count and width. */
export function baysOf(length: number): { count: number; width: number } {
  const count = Math.max(1, Math.round(length / BAY));
  return { count, width: length / count };
}

type Uv = readonly [number, number];

/** A rectangle in the plane z = z facing +z, with UVs from a function of (x, y). */
export function frontQuad(
  m: MeshBuffer,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  z: number,
  uv: (x: number, y: number) => Uv,
  c: Rgb,
) {
  if (x1 - x0 < 1e-4 || y1 - y0 < 1e-4) return;
  m.face(
    [
      [x0, y0, z],
      [x1, y0, z],
      [x1, y1, z],
      [x0, y1, z],
    ],
    [0, 0, 1],
    [uv(x0, y0), uv(x1, y0), uv(x1, y1), uv(x0, y1)],
    c,
  );
}

/** A plain wall from a to b (ground-plan points at height y0..y1) facing `n`, windows from the texture alone. */
function plainWall(m: MeshBuffer, a: Vec3, b: Vec3, n: Vec3, y0: number, y1: number, floorH: number, c: Rgb) {
  const length = Math.hypot(b[0] - a[0], b[2] - a[2]);
  const bays = baysOf(length);
  const u1 = length / bays.width;
  const v1 = (y1 - y0) / floorH;
  m.face(
    [
      [a[0], y0, a[2]],
      [b[0], y0, b[2]],
      [b[0], y1, b[2]],
      [a[0], y1, a[2]],
    ],
    n,
    [
      [0, 0],
      [u1, 0],
      [u1, v1],
      [0, v1],
    ],
    c,
  );
}

/** Where each window of the front is: for sills, lintels and the openings themselves. */
export interface Opening {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Windows along a wall, `s` metres from its start: one per bay and floor, where the texture has its glass. */
function openingsAlong(length: number, y0: number, floors: number, floorH: number): Opening[] {
  const bays = baysOf(length);
  const out: Opening[] = [];
  for (let f = 0; f < floors; f++)
    for (let i = 0; i < bays.count; i++)
      out.push({
        x0: (i + WINDOW.u0) * bays.width,
        x1: (i + WINDOW.u1) * bays.width,
        y0: y0 + (f + WINDOW.v0) * floorH,
        y1: y0 + (f + WINDOW.v1) * floorH,
      });
  return out;
}

export function frontOpenings(b: FacadeBlock): Opening[] {
  const left = b.cx - b.width / 2;
  return openingsAlong(b.width, b.y0, b.floors, (b.y1 - b.y0) / b.floors).map((o) => ({
    ...o,
    x0: left + o.x0,
    x1: left + o.x1,
  }));
}

/** A wall seen from outside: from `a` along the unit vector `u` for `length` metres, facing `n` (u × up = n). */
interface WallLine {
  a: Vec3;
  u: Vec3;
  n: Vec3;
  length: number;
}

/**
 * A wall built of pieces around real openings, each a reveal with the glass at its back, in the bays `from` to `to`
 * (all by default); the rest is plain wall. UVs are the same mapping as a plain wall's, so the texture's window lands
 * on the glass, in a reveal or not.
 */
function wallWithReveals(
  m: MeshBuffer,
  w: WallLine,
  y0: number,
  floors: number,
  floorH: number,
  c: Rgb,
  span?: { from: number; to: number },
): void {
  const at = (s: number, y: number, d: number): Vec3 => [
    w.a[0] + w.u[0] * s + w.n[0] * d,
    y,
    w.a[2] + w.u[2] * s + w.n[2] * d,
  ];
  const bays = baysOf(w.length);
  const uv = (s: number, y: number): Uv => [s / bays.width, (y - y0) / floorH];
  const quad = (s0: number, ya: number, s1: number, yb: number, d: number, col: Rgb) => {
    if (s1 - s0 < 1e-4 || yb - ya < 1e-4) return;
    m.face(
      [at(s0, ya, d), at(s1, ya, d), at(s1, yb, d), at(s0, yb, d)],
      w.n,
      [uv(s0, ya), uv(s1, ya), uv(s1, yb), uv(s0, yb)],
      col,
    );
  };
  const across: Vec3 = [-w.u[0], 0, -w.u[2]];
  // The reveals' sides take one point of plain wall from the texture (inside a block, clear of any joint).
  const plain: Uv = [0.2, 0.5];
  const uvs = [plain, plain, plain, plain];
  const back = shade(c, HIDDEN_SKY);
  const side = shade(c, (1 + HIDDEN_SKY) / 2);
  const openings = openingsAlong(w.length, y0, floors, floorH);
  const from = Math.max(0, span?.from ?? 0);
  const to = Math.min(bays.count, span?.to ?? bays.count);
  const [sA, sB] = [from * bays.width, to * bays.width];
  const R = -REVEAL;
  quad(0, y0, sA, y0 + floors * floorH, 0, c);
  quad(sB, y0, w.length, y0 + floors * floorH, 0, c);
  for (let f = 0; f < floors; f++) {
    const row = openings.slice(f * bays.count + from, f * bays.count + to);
    if (row.length === 0) continue;
    const ya = y0 + f * floorH;
    const { y0: yb, y1: yt } = row[0];
    quad(sA, ya, sB, yb, 0, c);
    quad(sA, yt, sB, ya + floorH, 0, c);
    let s = sA;
    for (const o of row) {
      quad(s, yb, o.x0, yt, 0, c);
      s = o.x1;
      quad(o.x0, o.y0, o.x1, o.y1, R, back);
      m.face([at(o.x0, o.y0, R), at(o.x0, o.y0, 0), at(o.x0, o.y1, 0), at(o.x0, o.y1, R)], w.u, uvs, side);
      m.face([at(o.x1, o.y0, 0), at(o.x1, o.y0, R), at(o.x1, o.y1, R), at(o.x1, o.y1, 0)], across, uvs, side);
      m.face([at(o.x0, o.y1, R), at(o.x0, o.y1, 0), at(o.x1, o.y1, 0), at(o.x1, o.y1, R)], [0, -1, 0], uvs, back);
      m.face([at(o.x0, o.y0, 0), at(o.x0, o.y0, R), at(o.x1, o.y0, R), at(o.x1, o.y0, 0)], [0, 1, 0], uvs, side);
    }
    quad(s, yb, sB, yt, 0, c);
  }
}

/** Which side walls (at x = cx − width/2 and cx + width/2) open onto a street and get reveals like the front. */
export interface SideReveals {
  x0: boolean;
  x1: boolean;
}

/**
 * How far a street side's reveals run back from the front corner: the bays seen from the Bund. A whole side in relief
 * cost 15,600 triangles more on the Bund, per eye in VR, where both eyes together had 14,000 left of the 300,000.
 */
export const SIDE_REVEAL_BAYS = 2;

/**
 * The four walls of a block: the front (+z) in relief, the side walls that face a street too (`sides`) in their bays
 * next to the front, the rest plain with their windows from the texture alone (the back, seen from no street).
 */
export function wallsWithReveals(m: MeshBuffer, b: FacadeBlock, c: Rgb, sides: SideReveals = NO_SIDES): void {
  const fh = (b.y1 - b.y0) / b.floors;
  const hw = b.width / 2;
  const hd = b.depth / 2;
  const [x0, x1, z0, z1] = [b.cx - hw, b.cx + hw, b.cz - hd, b.cz + hd];
  plainWall(m, [x1, 0, z0], [x0, 0, z0], [0, 0, -1], b.y0, b.y1, fh, c);
  const right: WallLine = { a: [x1, 0, z1], u: [0, 0, -1], n: [1, 0, 0], length: b.depth };
  const left: WallLine = { a: [x0, 0, z0], u: [0, 0, 1], n: [-1, 0, 0], length: b.depth };
  for (const [w, relief] of [
    [right, sides.x1],
    [left, sides.x0],
  ] as const) {
    // Each side wall's bays counted from its start: the right one starts at the front corner, the left one at the back.
    const count = baysOf(w.length).count;
    const span = w === right ? { from: 0, to: SIDE_REVEAL_BAYS } : { from: count - SIDE_REVEAL_BAYS, to: count };
    if (relief) wallWithReveals(m, w, b.y0, b.floors, fh, c, span);
    else plainWall(m, w.a, [w.a[0] + w.u[0] * w.length, 0, w.a[2] + w.u[2] * w.length], w.n, b.y0, b.y1, fh, c);
  }
  m.face(
    [
      [x0, b.y1, z0],
      [x1, b.y1, z0],
      [x1, b.y1, z1],
      [x0, b.y1, z1],
    ],
    [0, 1, 0],
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ],
    c,
  );
  wallWithReveals(m, { a: [x0, 0, z1], u: [1, 0, 0], n: [0, 0, 1], length: b.width }, b.y0, b.floors, fh, c);
}

const NO_SIDES: SideReveals = { x0: false, x1: false };

/** A stone sill under every front window and, unless the style is plain, a lintel (a small hood) over it. */
export function sillsAndLintels(m: MeshBuffer, b: FacadeBlock, trim: Rgb, lintels: boolean): void {
  const z = b.cz + b.depth / 2;
  for (const o of frontOpenings(b)) {
    // Against the wall, their backs are never seen.
    m.box(o.x0 - 0.14, o.y0 - 0.16, z - 0.02, o.x1 + 0.14, o.y0, z + 0.16, trim, [1, 1], { back: true });
    if (lintels) m.box(o.x0 - 0.22, o.y1, z - 0.02, o.x1 + 0.22, o.y1 + 0.32, z + 0.13, trim, [1, 1], { back: true });
  }
}

/** Art Deco's vertical piers between the front's bays, from the base to the cornice. */
export function piers(m: MeshBuffer, b: FacadeBlock, color: Rgb): void {
  const bays = baysOf(b.width);
  const z = b.cz + b.depth / 2;
  for (let i = 1; i < bays.count; i++) {
    const x = b.cx - b.width / 2 + i * bays.width;
    m.box(x - 0.3, b.y0, z - 0.02, x + 0.3, b.y1, z + 0.28, color, [1, 1], { top: true, bottom: true, back: true });
  }
}

/**
 * A stepped cornice on top of a block: frieze, bed moulding, the projecting corona and its cap, 0.9 m in all
 * (what sits above counts on that), with modillions under the corona on the front when `modillions`.
 */
export function cornice(m: MeshBuffer, b: FacadeBlock, trim: Rgb, modillions: boolean): void {
  const steps: [number, number, number][] = [
    [0.25, 0, 0.3],
    [0.7, 0.3, 0.5],
    [1.5, 0.5, 0.8],
    [1.2, 0.8, 0.9],
  ];
  steps.forEach(([grow, ya, yb], i) =>
    m.box(
      b.cx - (b.width + grow) / 2,
      b.y1 + ya,
      b.cz - (b.depth + grow) / 2,
      b.cx + (b.width + grow) / 2,
      b.y1 + yb,
      b.cz + (b.depth + grow) / 2,
      i === 2 ? trim : shade(trim, 0.94),
      [1, 1],
      { top: i < 3 },
    ),
  );
  if (!modillions) return;
  const z = b.cz + b.depth / 2;
  for (let x = b.cx - b.width / 2 + 0.6; x < b.cx + b.width / 2 - 0.4; x += 1.1)
    m.box(x, b.y1 + 0.3, z + 0.3, x + 0.22, b.y1 + 0.5, z + 0.72, shade(trim, 0.85), [1, 1], { top: true, back: true });
}

/** A horizontal band across the walls (a string course), e.g. over the base or under the attic floor. */
export function stringCourse(m: MeshBuffer, b: FacadeBlock, y: number, height: number, trim: Rgb): void {
  m.block(b.cx, b.cz, b.width + 0.35, b.depth + 0.35, y, y + height, trim);
}
