// A hall's fixtures as plain geometry (no Babylon): the lamps in its ceiling, laid out as galleries of its kind
// light their rooms, and its benches.
import type { Bench, GalleryLight } from "../../../common/gallery";
import type { Scene } from "../../../common/scene";
import { frameOf, hexToRgb, IDENTITY, MeshBuffer, type Rgb } from "../kit/MeshBuffer";
import type { DisplayParts } from "./hallParts";

export interface GalleryMood {
  /** The light that falls on the exhibits (and not on the walls): a Babylon directional light's intensity. */
  displayLight: number;
  displayColor: string;
  /** How the ceiling carries its lamps. */
  lamps: "luminous-panels" | "downlights" | "tracks";
  lampColor: string;
}

/**
 * Ceramics galleries light evenly from a luminous ceiling; bronze galleries keep the room dark and light each
 * object from above; painting galleries keep paper and silk near 50 lux, light on the works from tracks.
 */
export const MOODS: Record<GalleryLight, GalleryMood> = {
  daylight: { displayLight: 0.35, displayColor: "#fff8ec", lamps: "luminous-panels", lampColor: "#fbf7ee" },
  spotlit: { displayLight: 1.0, displayColor: "#ffe2b8", lamps: "downlights", lampColor: "#ffe7c4" },
  conservation: { displayLight: 0.7, displayColor: "#ffe6c6", lamps: "tracks", lampColor: "#ffeccf" },
};

const PANEL = 2.4;
const PANEL_PITCH = 4.8;
const DOWNLIGHT = 0.22;
/** Downlights and tracks hang this far in front of a display's front edge, so the light falls on its objects. */
const THROW = 1.2;
const BENCH_SEAT: Rgb = hexToRgb("#5a4330");
const BENCH_LEG: Rgb = hexToRgb("#2e2620");

/** A lamp's face just under the ceiling, facing down: an axis-aligned rectangle in the buffer's frame. */
function lamp(b: MeshBuffer, x0: number, z0: number, x1: number, z1: number, y: number, c: Rgb): void {
  b.face(
    [
      [x0, y, z0],
      [x1, y, z0],
      [x1, y, z1],
      [x0, y, z1],
    ],
    [0, -1, 0],
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ],
    c,
  );
}

/** The ceiling's lamps for the hall's kind of light; empty for a scene without a ceiling. */
export function ceilingLamps(data: Scene, displays: readonly DisplayParts[]): MeshBuffer {
  const b = new MeshBuffer();
  if (!data.ceiling) return b;
  const mood = MOODS[data.ceiling.light];
  const c = hexToRgb(mood.lampColor);
  const y = data.ceiling.height - 0.01;
  switch (mood.lamps) {
    case "luminous-panels": {
      const { minX, maxX, minZ, maxZ } = data.bounds;
      const nx = Math.floor((maxX - minX) / PANEL_PITCH);
      const nz = Math.floor((maxZ - minZ) / PANEL_PITCH);
      const x0 = (minX + maxX) / 2 - ((nx - 1) * PANEL_PITCH) / 2;
      const z0 = (minZ + maxZ) / 2 - ((nz - 1) * PANEL_PITCH) / 2;
      for (let i = 0; i < nx; i++)
        for (let j = 0; j < nz; j++) {
          const x = x0 + i * PANEL_PITCH;
          const z = z0 + j * PANEL_PITCH;
          lamp(b, x - PANEL / 2, z - PANEL / 2, x + PANEL / 2, z + PANEL / 2, y, c);
        }
      return b;
    }
    case "downlights":
      // One lamp over each object, a little in front of it.
      for (const d of displays) {
        b.frame = frameOf(d.display.position.x, d.display.position.z, d.display.yawDeg);
        const half = d.display.length / 2;
        d.slots.forEach((_, i) => {
          const along = -((i + 0.5) * (d.display.length / d.slots.length) - half);
          const h = DOWNLIGHT / 2;
          lamp(b, along - h, THROW - h, along + h, THROW + h, y, c);
        });
      }
      b.frame = IDENTITY;
      return b;
    case "tracks":
      // A track along each display, its light thrown onto the works.
      for (const d of displays) {
        b.frame = frameOf(d.display.position.x, d.display.position.z, d.display.yawDeg);
        const half = d.display.length / 2;
        lamp(b, -half, THROW - 0.04, half, THROW + 0.04, y, c);
      }
      b.frame = IDENTITY;
      return b;
  }
}

/** Backless benches: a dark wooden seat 45 cm high on two plinth legs, each in its own frame. */
export function benchBuffer(benches: readonly Bench[], into = new MeshBuffer()): MeshBuffer {
  for (const bench of benches) {
    into.frame = frameOf(bench.position.x, bench.position.z, bench.yawDeg);
    const half = bench.length / 2;
    into.box(-half, 0.38, -0.24, half, 0.45, 0.24, BENCH_SEAT);
    into.box(-half + 0.1, 0, -0.2, -half + 0.3, 0.38, 0.2, BENCH_LEG);
    into.box(half - 0.3, 0, -0.2, half - 0.1, 0.38, 0.2, BENCH_LEG);
  }
  into.frame = IDENTITY;
  return into;
}
