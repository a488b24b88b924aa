// Where a hall's wall texts go (no Babylon): its title and introduction on the wall the entrance faces, and over
// every display the name of its section, numbered in walking order; all as quads of one texture atlas.
import type { LocalizedText } from "../../../common/sceneParts";
import type { Scene } from "../../../common/scene";
import { DEG } from "../../../common/measures";
import { frameOf, IDENTITY, MeshBuffer } from "../kit/MeshBuffer";

export interface WallTextDisplay {
  display: Scene["displays"][number];
  /** Height of the display's highest part, metres. */
  top: number;
}

export interface WallTextPlan {
  /** The hall's sections in walking order (the order they are first met in the scene's displays). */
  sections: LocalizedText[];
  /** Quads, their uvs in the atlas laid out by `atlasLayout`. */
  quads: MeshBuffer;
  /** How many section signs hang over displays. */
  signs: number;
  /** Where the introduction hangs (null: no wall faces the entrance). */
  intro: { x: number; z: number; yawDeg: number } | null;
}

/** The atlas: the introduction across the top (4:1), then section tiles (4:1) two to a row. */
export const ATLAS_W = 2048;
export const INTRO_H = 512;
export const TILE_W = 1024;
export const TILE_H = 256;
const INTRO_W_M = 10;
const INTRO_BOTTOM = 3.4;
const SIGN_W_M = 2.4;

export function atlasHeight(sections: number): number {
  const need = INTRO_H + Math.ceil(sections / 2) * TILE_H;
  return 2 ** Math.ceil(Math.log2(need));
}

/** A tile's rectangle in texture space (v up), `index` −1 for the introduction. */
export function tileRect(index: number, sections: number): [number, number, number, number] {
  const h = atlasHeight(sections);
  if (index < 0) return [0, 1 - INTRO_H / h, 1, 1];
  const top = INTRO_H + Math.floor(index / 2) * TILE_H;
  const left = (index % 2) * TILE_W;
  return [left / ATLAS_W, 1 - (top + TILE_H) / h, (left + TILE_W) / ATLAS_W, 1 - top / h];
}

/** A quad facing +z in the buffer's frame, centred on x = 0, from y0 to y1, at depth z; text reads unmirrored. */
function quad(b: MeshBuffer, w: number, y0: number, y1: number, z: number, r: [number, number, number, number]) {
  const [u0, v0, u1, v1] = r;
  // Seen from in front (looking along −z) the frame's +x is the viewer's left: u runs from +x to −x.
  b.face(
    [
      [w / 2, y0, z],
      [-w / 2, y0, z],
      [-w / 2, y1, z],
      [w / 2, y1, z],
    ],
    [0, 0, 1],
    [
      [u0, v0],
      [u1, v0],
      [u1, v1],
      [u0, v1],
    ],
    [1, 1, 1],
  );
}

/** The nearest wall straight ahead of a point along a heading: where it is hit and how thick it is. */
function wallAhead(data: Scene, x: number, z: number, yawDeg: number): { x: number; z: number; t: number } | null {
  const dx = Math.sin(yawDeg * DEG);
  const dz = Math.cos(yawDeg * DEG);
  let best: { x: number; z: number; t: number } | null = null;
  for (const w of data.walls) {
    const ex = w.to.x - w.from.x;
    const ez = w.to.z - w.from.z;
    const den = dx * ez - dz * ex;
    if (Math.abs(den) < 1e-9) continue;
    const t = ((w.from.x - x) * ez - (w.from.z - z) * ex) / den;
    const s = ((w.from.x - x) * dz - (w.from.z - z) * dx) / den;
    if (t <= 0 || s < 0 || s > 1) continue;
    const at = t - w.thickness / 2 - 0.05;
    if (!best || at < best.t) best = { x: x + dx * at, z: z + dz * at, t: at };
  }
  return best;
}

export function planWallTexts(data: Scene, displays: readonly WallTextDisplay[]): WallTextPlan {
  const sections: LocalizedText[] = [];
  const indexOf = new Map<string, number>();
  for (const { display } of displays) {
    if (!display.name || indexOf.has(display.name.en)) continue;
    indexOf.set(display.name.en, sections.length);
    sections.push(display.name);
  }
  const quads = new MeshBuffer();
  const ceiling = data.ceiling?.height ?? 6;
  let signs = 0;
  for (const { display: d, top } of displays) {
    const index = d.name ? indexOf.get(d.name.en) : undefined;
    if (index === undefined) continue;
    // Hung over the display's middle line (over the works on a wall), a hand's breadth above its highest part.
    const w = Math.min(SIGN_W_M, d.length * 0.8);
    const h = (w * TILE_H) / TILE_W;
    const y0 = Math.min(top + 0.25, ceiling - 0.3 - h);
    quads.frame = frameOf(d.position.x, d.position.z, d.yawDeg);
    quad(quads, w, y0, y0 + h, d.kind === "wall" ? -0.02 : -d.depth / 2, tileRect(index, sections.length));
    signs++;
  }
  const spawn = data.spawnPoints[0];
  const hit = wallAhead(data, spawn.position.x, spawn.position.z, spawn.yawDeg);
  let intro: WallTextPlan["intro"] = null;
  if (hit) {
    intro = { x: hit.x, z: hit.z, yawDeg: spawn.yawDeg + 180 };
    const h = (INTRO_W_M * INTRO_H) / ATLAS_W;
    const y0 = Math.min(INTRO_BOTTOM, ceiling - 0.2 - h);
    quads.frame = frameOf(intro.x, intro.z, intro.yawDeg);
    quad(quads, INTRO_W_M, y0, y0 + h, 0, tileRect(-1, sections.length));
  }
  quads.frame = IDENTITY;
  return { sections, quads, signs, intro };
}
