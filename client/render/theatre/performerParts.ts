// The two performers as a few low-polygon vertex buffers each: body (skirt, jacket, head, the dan's wig and
// ornaments), an arm with its water sleeve (built hanging from the shoulder at the origin), and the fan.
// Stylised figures, not portraits; colours after the usual costumes (杜丽娘 in a pale pink 褶子, 春香 in a maid's
// short jacket). No Babylon here.
import type { PerformerRole } from "../../../common/theatre/choreography";
import { hexToRgb, MeshBuffer, type Rgb } from "../kit/MeshBuffer";

export interface FigureBuffers {
  body: MeshBuffer;
  /** One arm, shoulder at the origin, hanging down −y: used for both sides. */
  arm: MeshBuffer;
  /** The fan, its pivot at the origin (the hand), opening in the x–y plane. */
  fan: MeshBuffer;
  /** The water sleeve, hanging from the origin (the wrist) down −y, one metre long (scaled by how far it hangs). */
  sleeve: MeshBuffer;
  /** Where the shoulders are on the body (x either side, y height). */
  shoulder: { x: number; y: number };
  armLength: number;
}

const SKIN = hexToRgb("#f1d6c2");
const HAIR = hexToRgb("#15110f");
const GOLD = hexToRgb("#d8b25a");
const WHITE = hexToRgb("#f4f1ea");

const COSTUME: Record<PerformerRole, { robe: Rgb; jacket: Rgb; trim: Rgb; fan: Rgb; height: number }> = {
  "du-liniang": {
    robe: hexToRgb("#f0c8cf"),
    jacket: hexToRgb("#f6dbe0"),
    trim: hexToRgb("#7d9fb8"),
    fan: hexToRgb("#efe6cf"),
    height: 1.66,
  },
  chunxiang: {
    robe: hexToRgb("#2f6f73"),
    jacket: hexToRgb("#d2463c"),
    trim: hexToRgb("#f0d070"),
    fan: hexToRgb("#f3ede0"),
    height: 1.56,
  },
};

/** A tapered prism around the y axis from (y0, r0) to (y1, r1), `sides` faces, capped at the top. */
function frustum(m: MeshBuffer, y0: number, r0: number, y1: number, r1: number, sides: number, color: Rgb): void {
  for (let i = 0; i < sides; i++) {
    const a0 = (i / sides) * Math.PI * 2;
    const a1 = ((i + 1) / sides) * Math.PI * 2;
    const am = (a0 + a1) / 2;
    const slopeY = (r0 - r1) / Math.max(1e-6, y1 - y0);
    m.face(
      [
        [Math.sin(a0) * r0, y0, Math.cos(a0) * r0],
        [Math.sin(a1) * r0, y0, Math.cos(a1) * r0],
        [Math.sin(a1) * r1, y1, Math.cos(a1) * r1],
        [Math.sin(a0) * r1, y1, Math.cos(a0) * r1],
      ],
      [Math.sin(am), slopeY, Math.cos(am)],
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      color,
    );
  }
  if (r1 > 0)
    for (let i = 0; i < sides; i++) {
      const a0 = (i / sides) * Math.PI * 2;
      const a1 = ((i + 1) / sides) * Math.PI * 2;
      m.face(
        [
          [0, y1, 0],
          [Math.sin(a0) * r1, y1, Math.cos(a0) * r1],
          [Math.sin(a1) * r1, y1, Math.cos(a1) * r1],
        ],
        [0, 1, 0],
        [
          [0.5, 0.5],
          [0, 0],
          [1, 0],
        ],
        color,
      );
    }
}

/** A low-polygon ball (a frustum stack) centred at (0, cy, cz). */
function ball(m: MeshBuffer, cy: number, r: number, color: Rgb, rings = 4, sides = 8): void {
  for (let k = 0; k < rings; k++) {
    const t0 = -Math.PI / 2 + (k / rings) * Math.PI;
    const t1 = -Math.PI / 2 + ((k + 1) / rings) * Math.PI;
    frustum(m, cy + Math.sin(t0) * r, Math.cos(t0) * r, cy + Math.sin(t1) * r, Math.cos(t1) * r, sides, color);
  }
}

export function buildFigureBuffers(role: PerformerRole): FigureBuffers {
  const c = COSTUME[role];
  const h = c.height;
  const body = new MeshBuffer();
  // Skirt to the floor, the jacket (褶子) over it, a collar, the head and the dan's wig with its ornaments.
  frustum(body, 0, 0.3, 0.55 * h, 0.2, 10, c.robe);
  frustum(body, 0.45 * h, 0.27, 0.82 * h, 0.17, 10, c.jacket);
  frustum(body, 0.8 * h, 0.17, 0.84 * h, 0.08, 10, c.trim);
  frustum(body, 0.83 * h, 0.055, 0.87 * h, 0.05, 6, SKIN);
  ball(body, 0.92 * h, 0.1, SKIN);
  // The wig: a black cap over the back of the head, a bun, and the long hair (大头, 线尾子) down the back.
  body.frame = { ox: 0, oz: -0.025, sin: 0, cos: 1 };
  ball(body, 0.935 * h, 0.108, HAIR);
  body.frame = { ox: 0, oz: 0, sin: 0, cos: 1 };
  body.box(-0.07, 0.55 * h, -0.16, 0.07, 0.92 * h, -0.1, HAIR);
  ball(body, 1.0 * h, 0.055, GOLD, 3, 6); // the headdress's jewels (头面), simplified to one crown
  const arm = new MeshBuffer();
  const armLength = 0.5;
  arm.box(-0.045, -armLength, -0.045, 0.045, 0, 0.045, c.jacket);
  arm.box(-0.035, -armLength - 0.06, -0.03, 0.035, -armLength, 0.03, SKIN);
  const sleeve = new MeshBuffer();
  // The water sleeve (水袖): a long white band of silk, two-sided so it shows from behind.
  sleeve.box(-0.09, -1, -0.012, 0.09, 0, 0.012, WHITE);
  const fan = new MeshBuffer();
  // A folding fan for 杜丽娘 (a half disc of ribs), a round fan on a handle for 春香.
  if (role === "du-liniang") {
    const ribs = 8;
    for (let i = 0; i < ribs; i++) {
      const a0 = -Math.PI / 2 + (i / ribs) * Math.PI;
      const a1 = -Math.PI / 2 + ((i + 1) / ribs) * Math.PI;
      for (const nz of [1, -1])
        fan.face(
          [
            [0, 0, 0],
            [Math.sin(a0) * 0.3, Math.cos(a0) * 0.3, 0],
            [Math.sin(a1) * 0.3, Math.cos(a1) * 0.3, 0],
          ],
          [0, 0, nz],
          [
            [0.5, 0],
            [0, 1],
            [1, 1],
          ],
          i % 2 ? c.fan : GOLD,
        );
    }
  } else {
    fan.box(-0.01, 0, -0.01, 0.01, 0.12, 0.01, GOLD);
    const sides = 12;
    for (let i = 0; i < sides; i++) {
      const a0 = (i / sides) * Math.PI * 2;
      const a1 = ((i + 1) / sides) * Math.PI * 2;
      for (const nz of [1, -1])
        fan.face(
          [
            [0, 0.24, 0],
            [Math.sin(a0) * 0.12, 0.24 + Math.cos(a0) * 0.12, 0],
            [Math.sin(a1) * 0.12, 0.24 + Math.cos(a1) * 0.12, 0],
          ],
          [0, 0, nz],
          [
            [0.5, 0.5],
            [0, 0],
            [1, 0],
          ],
          c.fan,
        );
    }
  }
  return { body, arm, fan, sleeve, shoulder: { x: 0.2, y: 0.8 * h }, armLength: armLength + 0.06 };
}
