// The kit's street life: trams, cars, rickshaws, trees, river craft and the far bank's godowns and wharves, each a
// few boxes in vertex colours, all written into one buffer (one mesh, one draw call, whatever the count).
import type { StreetLife, StreetLifeKind } from "../../../common/streetLife";
import { MeshBuffer, frameOf, hexToRgb, type Rgb } from "./MeshBuffer";

type Box = (x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, c: Rgb) => void;
/** Draws one of a kind in its own frame (x right, y up, z forward), its body in `body`. */
type Drawing = (box: Box, body: Rgb) => void;

const rgb = hexToRgb;
const DARK = rgb("#2b2a28");
const WOOD = rgb("#6b4a2c");
const LEAF = rgb("#4f6b3a");
const STEEL = rgb("#7d8488");
const WHITE = rgb("#e9e4d8");
/** Hulls sit in the river, whose surface is about a metre below the quay. */
const KEEL = -2.4;

/** A centred box: half-width, bottom, top, half-length, and an offset forward. */
const centred = (box: Box, hw: number, y0: number, y1: number, hl: number, c: Rgb, dz = 0, dx = 0) =>
  box(dx - hw, y0, dz - hl, dx + hw, y1, dz + hl, c);

const DRAWINGS: Record<StreetLifeKind, { body: string; draw: Drawing }> = {
  tram: {
    body: "#3f5f4a",
    draw: (box, body) => {
      centred(box, 1.2, 0.35, 1.6, 5, body);
      centred(box, 1.2, 1.6, 3.0, 5, WHITE); // the windowed upper half, cream
      centred(box, 1.3, 3.0, 3.25, 5.2, DARK);
      centred(box, 0.05, 3.25, 5.2, 0.05, DARK, -2); // trolley pole
    },
  },
  car: {
    body: "#1e1f22",
    draw: (box, body) => {
      centred(box, 0.85, 0.3, 1.1, 2.3, body);
      centred(box, 0.75, 1.1, 1.75, 1.0, body, -0.4);
      centred(box, 0.9, 0.0, 0.6, 0.3, DARK, 1.5);
      centred(box, 0.9, 0.0, 0.6, 0.3, DARK, -1.5);
    },
  },
  rickshaw: {
    body: "#7a2e22",
    draw: (box, body) => {
      centred(box, 0.5, 0.55, 1.0, 0.45, body);
      centred(box, 0.5, 1.0, 1.7, 0.1, body, -0.4); // the hood's back
      centred(box, 0.62, 0, 1.1, 0.04, DARK); // wheels, seen edge-on as discs would be
      centred(box, 0.04, 0.7, 0.8, 1.1, WOOD, 1.2, 0.4); // shafts
      centred(box, 0.04, 0.7, 0.8, 1.1, WOOD, 1.2, -0.4);
    },
  },
  tree: {
    body: "#4f6b3a",
    draw: (box, body) => {
      centred(box, 0.25, 0, 3.2, 0.25, WOOD);
      centred(box, 2.6, 3.0, 6.2, 2.6, body);
      centred(box, 1.9, 2.6, 7.4, 1.9, LEAF);
    },
  },
  steamer: {
    body: "#2f2f33",
    draw: (box, body) => {
      centred(box, 6, KEEL - 3, 3.5, 32, body);
      centred(box, 4.5, 3.5, 8, 14, WHITE, -2);
      centred(box, 1.4, 8, 15, 1.4, rgb("#b3462e"), -1);
      centred(box, 0.2, 3.5, 20, 0.2, DARK, 22);
    },
  },
  sampan: {
    body: "#5d4631",
    draw: (box, body) => {
      centred(box, 1.1, KEEL + 0.6, -0.6, 4.5, body);
      centred(box, 0.9, -0.6, 0.5, 1.4, rgb("#3b3227"), -0.8); // the matting hood
    },
  },
  warship: {
    body: "#8a9095",
    draw: (box, body) => {
      centred(box, 7, KEEL - 4, 4, 52, body);
      centred(box, 5, 4, 10, 16, body, 2);
      centred(box, 2.5, 10, 16, 3, STEEL, 8); // the bridge
      centred(box, 1.5, 10, 18, 1.5, STEEL, -3);
      centred(box, 1.5, 10, 18, 1.5, STEEL, -8);
      centred(box, 2.5, 4, 6.5, 2.5, STEEL, 30); // turrets
      centred(box, 2.5, 4, 6.5, 2.5, STEEL, -30);
      centred(box, 0.3, 4, 28, 0.3, DARK, 12);
    },
  },
  godown: {
    body: "#8c6b57",
    draw: (box, body) => {
      centred(box, 20, 0, 11, 28, body);
      centred(box, 20.5, 11, 12, 28.5, rgb("#5b5550"));
      centred(box, 16, 12, 15, 26, rgb("#5b5550"));
    },
  },
  wharf: {
    body: "#6e6257",
    draw: (box, body) => {
      centred(box, 6, -0.6, 0.4, 40, body);
      for (const dz of [-36, -18, 0, 18, 36]) centred(box, 0.4, KEEL - 1, -0.6, 0.4, WOOD, dz, 5.4);
    },
  },
};

/** How many of each row there are, and where: `count` evenly from `position` to `end`. */
export function placesOf(row: StreetLife): { x: number; z: number }[] {
  const end = row.end ?? row.position;
  return Array.from({ length: row.count }, (_, i) => {
    const t = row.count === 1 ? 0 : i / (row.count - 1);
    return { x: row.position.x + (end.x - row.position.x) * t, z: row.position.z + (end.z - row.position.z) * t };
  });
}

/**
 * What travels along its row, metres a second: a tram at about 15 km/h, a car at 25, a rickshaw at a runner's trot,
 * a sampan sculled upstream or down. The rest (trees, moored ships, the far bank) stands still.
 */
export const SPEEDS: Partial<Record<StreetLifeKind, number>> = { tram: 4, car: 7, rickshaw: 2.5, sampan: 0.6 };

/** A row travels when its kind does and it runs between two distinct points. */
export const travels = (row: StreetLife): boolean =>
  SPEEDS[row.kind] !== undefined &&
  row.count > 1 &&
  !!row.end &&
  Math.hypot(row.end.x - row.position.x, row.end.z - row.position.z) > 1;

/**
 * The travelling rows in one buffer, and per vertex what the traffic shader needs to move it: (vx, vz, loop, s).
 * Each vehicle runs along its row's line the way it heads, `s` metres from the row's upstream end at time 0; at the
 * downstream end it goes round to the start again, a loop of count × spacing metres, so the spacing never changes.
 */
export function trafficBuffer(rows: readonly StreetLife[]): { buffer: MeshBuffer; travel: number[]; count: number } {
  const buffer = new MeshBuffer();
  const travel: number[] = [];
  let count = 0;
  const box: Box = (x0, y0, z0, x1, y1, z1, c) => buffer.box(x0, y0, z0, x1, y1, z1, c);
  for (const row of rows) {
    if (!travels(row)) continue;
    const end = row.end!;
    const len = Math.hypot(end.x - row.position.x, end.z - row.position.z);
    let ax = (end.x - row.position.x) / len;
    let az = (end.z - row.position.z) / len;
    const h = row.headingDeg * (Math.PI / 180);
    const forward = ax * Math.sin(h) + az * Math.cos(h) >= 0;
    const start = forward ? row.position : end;
    if (!forward) [ax, az] = [-ax, -az];
    const loop = (len * row.count) / (row.count - 1);
    const speed = SPEEDS[row.kind]!;
    const drawing = DRAWINGS[row.kind];
    const body = rgb(row.color ?? drawing.body);
    for (const at of placesOf(row)) {
      const s = (at.x - start.x) * ax + (at.z - start.z) * az;
      const first = buffer.vertexCount;
      buffer.frame = frameOf(at.x, at.z, row.headingDeg);
      drawing.draw(box, body);
      for (let v = first; v < buffer.vertexCount; v++) travel.push(ax * speed, az * speed, loop, s);
      count++;
    }
  }
  return { buffer, travel, count };
}

/** Every row of street life in one buffer, in world space. */
export function streetLifeBuffer(rows: readonly StreetLife[]): MeshBuffer {
  const buffer = new MeshBuffer();
  const box: Box = (x0, y0, z0, x1, y1, z1, c) => buffer.box(x0, y0, z0, x1, y1, z1, c);
  for (const row of rows) {
    const drawing = DRAWINGS[row.kind];
    const body = rgb(row.color ?? drawing.body);
    for (const at of placesOf(row)) {
      buffer.frame = frameOf(at.x, at.z, row.headingDeg);
      drawing.draw(box, body);
    }
  }
  return buffer;
}
