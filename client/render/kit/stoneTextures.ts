// The kit's wall and stone textures as plain pixels (no Babylon, no canvas): granite ashlar or brick courses around
// one window bay, and a granite grain for trim, each with a normal map from its own height field. Made in the page
// after the first frame (stoneDressing.ts), so nothing is downloaded and Node tests can check them.

/** Where a bay's window sits, as fractions of the bay (u, across) and of the floor (v, up): the kit cuts its real
 * openings on the front at the same place, so the texture's glass shows at the back of each reveal. */
export const WINDOW = { u0: 0.3, u1: 0.7, v0: 0.22, v1: 0.82 } as const;

export type WallBond = "ashlar" | "brick";

/** RGBA rows bottom-up (row 0 is v = 0), as a raw texture uploads them without flipping. */
export interface Pixels {
  size: number;
  albedo: Uint8Array;
  normal: Uint8Array;
}

/** A small deterministic generator: the same textures on every load and in every test. */
function randomFrom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Per-cell noise that is the same for a given cell (a block or a brick keeps one tint). */
function cellNoise(i: number, j: number, seed: number): number {
  let h = (i * 374761393 + j * 668265263 + seed * 2246822519) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

class Canvas {
  readonly height: Float32Array;
  readonly grey: Float32Array;
  readonly tint: Float32Array; // rgb multipliers for coloured parts (the glass)
  constructor(readonly size: number) {
    this.height = new Float32Array(size * size);
    this.grey = new Float32Array(size * size).fill(1);
    this.tint = new Float32Array(size * size * 3).fill(1);
  }
  /** Calls `paint` for every pixel whose centre lies in [u0,u1)×[v0,v1) (fractions of the tile). */
  rect(u0: number, v0: number, u1: number, v1: number, paint: (k: number) => void): void {
    const s = this.size;
    for (let y = Math.max(0, Math.round(v0 * s)); y < Math.min(s, Math.round(v1 * s)); y++)
      for (let x = Math.max(0, Math.round(u0 * s)); x < Math.min(s, Math.round(u1 * s)); x++) paint(y * s + x);
  }
  toPixels(strength: number): Pixels {
    const s = this.size;
    const albedo = new Uint8Array(s * s * 4);
    const normal = new Uint8Array(s * s * 4);
    const h = (x: number, y: number) => this.height[((y + s) % s) * s + ((x + s) % s)];
    for (let y = 0; y < s; y++)
      for (let x = 0; x < s; x++) {
        const k = y * s + x;
        for (let c = 0; c < 3; c++)
          albedo[k * 4 + c] = Math.max(0, Math.min(255, Math.round(255 * this.grey[k] * this.tint[k * 3 + c])));
        albedo[k * 4 + 3] = 255;
        // Tangent-space normal from the height's slope (wrapping, so the tile repeats without a seam).
        const dx = (h(x + 1, y) - h(x - 1, y)) * strength;
        const dy = (h(x, y + 1) - h(x, y - 1)) * strength;
        const l = Math.hypot(dx, dy, 1);
        normal[k * 4] = Math.round(((-dx / l) * 0.5 + 0.5) * 255);
        normal[k * 4 + 1] = Math.round(((-dy / l) * 0.5 + 0.5) * 255);
        normal[k * 4 + 2] = Math.round(((1 / l) * 0.5 + 0.5) * 255);
        normal[k * 4 + 3] = 255;
      }
    return { size: s, albedo, normal };
  }
}

/** Granite's salt-and-pepper grain: most pixels near white, a few dark (hornblende) and a few bright (quartz). */
function grain(c: Canvas, seed: number, amount: number): void {
  const rand = randomFrom(seed);
  for (let k = 0; k < c.grey.length; k++) {
    const r = rand();
    const g = r < 0.06 ? -2.2 : r > 0.96 ? 0.8 : (rand() - 0.5) * 0.7;
    c.grey[k] *= 1 + g * amount;
    c.height[k] += g * 0.15;
  }
}

/** Joints between courses: a groove `px` pixels wide at each v in `rows`, and between blocks at each u in `cols(row)`. */
function courses(
  c: Canvas,
  rowsPerTile: number,
  colsPerTile: (row: number) => number,
  offset: (row: number) => number,
  joint: { px: number; depth: number; shade: number },
  blockTint: (i: number, j: number) => number,
): void {
  const s = c.size;
  for (let y = 0; y < s; y++) {
    const fv = (y / s) * rowsPerTile;
    const row = Math.floor(fv);
    const inRow = (fv - row) * (s / rowsPerTile);
    const cols = colsPerTile(row);
    for (let x = 0; x < s; x++) {
      const fu = (x / s) * cols + offset(row);
      const col = Math.floor(fu);
      const inCol = (fu - col) * (s / cols);
      const k = y * s + x;
      if (inRow < joint.px || inCol < joint.px) {
        c.height[k] -= joint.depth;
        c.grey[k] *= joint.shade;
      } else {
        // Each block slightly domed at its arrises, so light catches the edges.
        const edge = Math.min(inRow - joint.px, s / rowsPerTile - inRow, inCol - joint.px, s / cols - inCol);
        c.height[k] += Math.min(edge, 3) * 0.12;
        c.grey[k] *= blockTint(row, ((col % cols) + cols) % cols);
      }
    }
  }
}

/** The window of a bay: glass with a sky-lit upper pane, a mullion and transom, and a frame just inside the opening. */
function windowOf(c: Canvas): void {
  const { u0, u1, v0, v1 } = WINDOW;
  c.rect(u0, v0, u1, v1, (k) => {
    c.grey[k] = 0.26;
    c.tint[k * 3] = 0.8;
    c.tint[k * 3 + 1] = 0.95;
    c.tint[k * 3 + 2] = 1.15;
    c.height[k] = -6;
  });
  const hv = v1 - v0;
  c.rect(u0, v1 - hv * 0.16, u1, v1, (k) => (c.grey[k] = 0.45)); // the sky in the upper panes
  const frame = (a: number, b: number, cc: number, d: number) =>
    c.rect(a, b, cc, d, (k) => {
      c.grey[k] = 0.82;
      c.tint.fill(1, k * 3, k * 3 + 3);
      c.height[k] = -4.5;
    });
  const f = 0.018;
  frame(u0, v0, u1, v0 + f);
  frame(u0, v1 - f, u1, v1);
  frame(u0, v0, u0 + f, v1);
  frame(u1 - f, v0, u1, v1);
  frame((u0 + u1) / 2 - f / 2, v0, (u0 + u1) / 2 + f / 2, v1); // mullion
  frame(u0, v0 + hv * 0.68, u1, v0 + hv * 0.68 + f); // transom
}

/**
 * One window bay of one floor in granite ashlar (five courses a floor, blocks in a broken bond) or in brick
 * (running bond, about 48 courses a floor), near white so the vertex colour gives each building its stone or brick.
 */
export function windowBayPixels(bond: WallBond, size = 256): Pixels {
  const c = new Canvas(size);
  if (bond === "ashlar") {
    grain(c, 11, 0.05);
    courses(
      c,
      5,
      () => 4,
      (row) => (row % 2) * 0.5,
      { px: 1.5, depth: 1.6, shade: 0.82 },
      (i, j) => 0.95 + cellNoise(i, j, 3) * 0.07,
    );
  } else {
    grain(c, 13, 0.04);
    courses(
      c,
      48,
      () => 18,
      (row) => (row % 2) * 0.5,
      { px: 1, depth: 1.2, shade: 1.18 },
      (i, j) => 0.82 + cellNoise(i, j, 5) * 0.22,
    );
  }
  windowOf(c);
  return c.toPixels(bond === "ashlar" ? 1.1 : 0.9);
}

/** Dressed granite for trim, columns and rusticated courses: grain and faint tooling, no joints. */
export function granitePixels(size = 128): Pixels {
  const c = new Canvas(size);
  grain(c, 17, 0.09);
  const rand = randomFrom(23);
  for (let k = 0; k < c.height.length; k++) c.height[k] += (rand() - 0.5) * 0.6;
  return c.toPixels(1.4);
}
