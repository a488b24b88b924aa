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

export function frontOpenings(b: FacadeBlock): Opening[] {
  const bays = baysOf(b.width);
  const fh = (b.y1 - b.y0) / b.floors;
  const left = b.cx - b.width / 2;
  const out: Opening[] = [];
  for (let f = 0; f < b.floors; f++)
    for (let i = 0; i < bays.count; i++)
      out.push({
        x0: left + (i + WINDOW.u0) * bays.width,
        x1: left + (i + WINDOW.u1) * bays.width,
        y0: b.y0 + (f + WINDOW.v0) * fh,
        y1: b.y0 + (f + WINDOW.v1) * fh,
      });
  return out;
}

/**
 * The four walls of a block. The front is built of wall pieces around real openings, each a reveal with the glass
 * at its back; UVs are the same (x, y) mapping everywhere on the front, so the texture's window lands on the glass.
 */
export function wallsWithReveals(m: MeshBuffer, b: FacadeBlock, c: Rgb): void {
  const fh = (b.y1 - b.y0) / b.floors;
  const hw = b.width / 2;
  const hd = b.depth / 2;
  const [x0, x1, z0, z1] = [b.cx - hw, b.cx + hw, b.cz - hd, b.cz + hd];
  plainWall(m, [x1, 0, z0], [x0, 0, z0], [0, 0, -1], b.y0, b.y1, fh, c);
  plainWall(m, [x1, 0, z1], [x1, 0, z0], [1, 0, 0], b.y0, b.y1, fh, c);
  plainWall(m, [x0, 0, z0], [x0, 0, z1], [-1, 0, 0], b.y0, b.y1, fh, c);
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

  const bays = baysOf(b.width);
  const uv = (x: number, y: number): Uv => [(x - x0) / bays.width, (y - b.y0) / fh];
  // The reveals' sides take one point of plain wall from the texture (inside a block, clear of any joint).
  const plain: Uv = [0.2, 0.5];
  const back = shade(c, HIDDEN_SKY);
  const side = shade(c, (1 + HIDDEN_SKY) / 2);
  const openings = frontOpenings(b);
  for (let f = 0; f < b.floors; f++) {
    const row = openings.slice(f * bays.count, (f + 1) * bays.count);
    const ya = b.y0 + f * fh;
    const { y0: yb, y1: yt } = row[0];
    frontQuad(m, x0, ya, x1, yb, z1, uv, c);
    frontQuad(m, x0, yt, x1, ya + fh, z1, uv, c);
    let x = x0;
    for (const o of row) {
      frontQuad(m, x, yb, o.x0, yt, z1, uv, c);
      x = o.x1;
      frontQuad(m, o.x0, o.y0, o.x1, o.y1, z1 - REVEAL, uv, back);
      const zb = z1 - REVEAL;
      const uvs = [plain, plain, plain, plain];
      m.face(
        [
          [o.x0, o.y0, zb],
          [o.x0, o.y0, z1],
          [o.x0, o.y1, z1],
          [o.x0, o.y1, zb],
        ],
        [1, 0, 0],
        uvs,
        side,
      );
      m.face(
        [
          [o.x1, o.y0, z1],
          [o.x1, o.y0, zb],
          [o.x1, o.y1, zb],
          [o.x1, o.y1, z1],
        ],
        [-1, 0, 0],
        uvs,
        side,
      );
      m.face(
        [
          [o.x0, o.y1, zb],
          [o.x0, o.y1, z1],
          [o.x1, o.y1, z1],
          [o.x1, o.y1, zb],
        ],
        [0, -1, 0],
        uvs,
        back,
      );
      m.face(
        [
          [o.x0, o.y0, z1],
          [o.x0, o.y0, zb],
          [o.x1, o.y0, zb],
          [o.x1, o.y0, z1],
        ],
        [0, 1, 0],
        uvs,
        side,
      );
    }
    frontQuad(m, x, yb, x1, yt, z1, uv, c);
  }
}

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
