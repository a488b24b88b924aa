// The classical pieces of the Bund's banks, written into a MeshBuffer: a column with base, tapering shaft and capital,
// a portico of them under a stepped entablature, and a dome on a colonnaded drum with ribs and a lantern.
import type { MeshBuffer, Rgb } from "./MeshBuffer";
import { lathe } from "./outlineShapes";
import { shade } from "./facadeRelief";
import { archedOpening, rusticatedCourses } from "./rusticatedBase";

/** One column on a square plinth: a moulded base, a shaft with entasis, a bell capital and a square abacus. */
export function column(
  m: MeshBuffer,
  x: number,
  z: number,
  y0: number,
  height: number,
  r: number,
  c: Rgb,
  segments = 12,
): void {
  const plinth = Math.min(0.5, height * 0.05);
  m.box(x - r * 1.35, y0, z - r * 1.35, x + r * 1.35, y0 + plinth, z + r * 1.35, c);
  const abacus = Math.min(0.3, height * 0.03);
  const cap = Math.min(r * 1.6, height * 0.12);
  const top = y0 + height - abacus;
  const yb = y0 + plinth;
  lathe(
    m,
    x,
    z,
    [
      [r * 1.28, yb],
      [r * 1.28, yb + r * 0.25],
      [r * 1.05, yb + r * 0.45],
      [r, yb + r * 0.6],
      [r * 0.98, yb + (top - cap - yb) * 0.35],
      [r * 0.86, top - cap],
      [r * 0.94, top - cap + r * 0.12],
      [r * 0.9, top - cap + r * 0.2],
      [r * 1.1, top - cap * 0.45],
      [r * 1.32, top],
    ],
    segments,
    c,
  );
  m.box(x - r * 1.45, top, z - r * 1.45, x + r * 1.45, top + abacus, z + r * 1.45, shade(c, 0.95));
}

export interface PorticoSpec {
  columns: number;
  height: number;
  width: number;
}

/**
 * A portico standing `out` metres proud of the wall at z = `front`, its columns from `y0`: a podium under them (the
 * projecting rusticated base), pilasters answering each column on the wall, and a stepped entablature on top.
 */
export function portico(m: MeshBuffer, p: PorticoSpec, front: number, y0: number, trim: Rgb): void {
  const out = 2.6;
  const r = Math.min(0.7, p.width / p.columns / 4);
  const z = front + out * 0.62;
  if (y0 > 0) {
    // The podium: the rusticated base brought forward under the columns, with the main door in its middle.
    rusticatedCourses(m, -p.width / 2 - 0.8, front - 0.3, p.width / 2 + 0.8, front + out + 0.3, y0, trim);
    const half = Math.min(1.4, p.width / p.columns / 2.6);
    archedOpening(m, 0, half, 0, Math.max(0.5, y0 * 0.8 - half), front + out + 0.32, trim);
  }
  for (let i = 0; i < p.columns; i++) {
    const x = -p.width / 2 + (p.width * (i + 0.5)) / p.columns;
    column(m, x, z, y0, p.height, r, trim);
    m.box(x - r, y0, front - 0.02, x + r, y0 + p.height, front + 0.22, shade(trim, 0.95), [1, 1], {
      top: true,
      bottom: true,
    });
  }
  const yt = y0 + p.height;
  const zc = (front + z + r * 1.5) / 2;
  const deep = z + r * 1.5 - front;
  m.block(0, zc, p.width + 0.6, deep, yt, yt + 0.55, shade(trim, 0.96)); // architrave
  m.block(0, zc - 0.05, p.width + 0.4, deep - 0.1, yt + 0.55, yt + 1.0, trim); // frieze
  m.block(0, zc + 0.2, p.width + 1.4, deep + 0.5, yt + 1.0, yt + 1.4, shade(trim, 1.04)); // cornice
}

/** A dome's drum: a stepped podium, a ring of columns with dark windows between them, and a cornice. */
export function drum(
  stone: MeshBuffer,
  cx: number,
  cz: number,
  r: number,
  yBase: number,
  drumHeight: number,
  trim: Rgb,
): void {
  const rd = r * 1.05;
  const drumTop = yBase + drumHeight;
  lathe(
    stone,
    cx,
    cz,
    [
      [0, yBase],
      [rd * 1.14, yBase],
      [rd * 1.14, yBase + 0.6],
      [rd, yBase + 0.6],
      [rd, drumTop - 0.7],
      [rd * 1.12, drumTop - 0.5],
      [rd * 1.14, drumTop],
      [0, drumTop],
    ],
    32,
    trim,
  );
  const n = rd > 6 ? 16 : 8;
  const rc = Math.min(0.45, rd * 0.06);
  const colH = drumHeight - 1.2;
  for (let i = 0; i < n; i++) {
    const a = ((i + 0.5) / n) * Math.PI * 2;
    column(stone, cx + Math.sin(a) * (rd + rc), cz + Math.cos(a) * (rd + rc), yBase + 0.6, colH, rc, trim, 8);
    // A window between this column and the next: a dark panel on the drum's tangent plane.
    const b = ((i + 1) / n) * Math.PI * 2;
    const half = Math.sin(Math.PI / n) * rd * 0.32;
    const px = cx + Math.sin(b) * (rd + 0.03);
    const pz = cz + Math.cos(b) * (rd + 0.03);
    const tx = Math.cos(b);
    const tz = -Math.sin(b);
    const ya = yBase + 0.6 + colH * 0.22;
    const yb = yBase + 0.6 + colH * 0.8;
    stone.face(
      [
        [px - tx * half, ya, pz - tz * half],
        [px + tx * half, ya, pz + tz * half],
        [px + tx * half, yb, pz + tz * half],
        [px - tx * half, yb, pz - tz * half],
      ],
      [Math.sin(b), 0, Math.cos(b)],
      [
        [0.5, 0.5],
        [0.5, 0.5],
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      [0.09, 0.1, 0.11],
    );
  }
}

/** The dome itself, ribbed, from the top of its drum; returns where its lantern stands. */
export function ribbedDome(
  roof: MeshBuffer,
  cx: number,
  cz: number,
  r: number,
  drumTop: number,
  roofColor: Rgb,
): number {
  const rings = 10;
  const profile: [number, number][] = [];
  for (let i = 0; i <= rings; i++) {
    const a = (i / rings) * (Math.PI / 2);
    profile.push([r * Math.cos(a), drumTop + r * 1.1 * Math.sin(a)]);
  }
  lathe(roof, cx, cz, profile, 32, roofColor);
  // Ribs: narrow strips just proud of the dome from its foot to the lantern.
  const ribs = 12;
  const rib = shade(roofColor, 0.8);
  for (let i = 0; i < ribs; i++) {
    const a = (i / ribs) * Math.PI * 2;
    const w = 0.08;
    for (let k = 0; k < rings - 1; k++) {
      const [ra, ya] = profile[k];
      const [rb, yb] = profile[k + 1];
      const at = (rr: number, da: number) => [cx + Math.sin(a + da) * rr, cz + Math.cos(a + da) * rr] as const;
      const [ax0, az0] = at(ra + 0.12, -w / Math.max(ra, 1));
      const [ax1, az1] = at(ra + 0.12, w / Math.max(ra, 1));
      const [bx0, bz0] = at(rb + 0.12, -w / Math.max(rb, 1));
      const [bx1, bz1] = at(rb + 0.12, w / Math.max(rb, 1));
      roof.face(
        [
          [ax0, ya + 0.04, az0],
          [ax1, ya + 0.04, az1],
          [bx1, yb + 0.04, bz1],
          [bx0, yb + 0.04, bz0],
        ],
        [Math.sin(a) * (yb - ya), ra - rb, Math.cos(a) * (yb - ya)],
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
        rib,
      );
    }
  }
  return drumTop + r * 1.1;
}

/** The lantern on top of a dome of radius `r`; returns the height of its tip. */
export function lantern(stone: MeshBuffer, cx: number, cz: number, r: number, lanternY: number, trim: Rgb): number {
  const lr = r * 0.18;
  lathe(
    stone,
    cx,
    cz,
    [
      [0, lanternY - 0.3],
      [lr * 1.2, lanternY - 0.3],
      [lr * 1.2, lanternY],
      [lr, lanternY],
      [lr, lanternY + r * 0.3],
      [lr * 1.2, lanternY + r * 0.32],
      [0.05, lanternY + r * 0.5],
      [0, lanternY + r * 0.55],
    ],
    12,
    trim,
  );
  return lanternY + r * 0.55;
}

/** A stone frame around each of a tower's four clock dials, so they read as set into the wall. */
export function dialSurrounds(
  m: MeshBuffer,
  cx: number,
  cz: number,
  width: number,
  depth: number,
  cy: number,
  size: number,
  trim: Rgb,
): void {
  const h = size / 2;
  const t = Math.max(0.3, size * 0.07);
  const out = 0.25;
  const fz = cz + depth / 2;
  const bz = cz - depth / 2;
  const rx = cx + width / 2;
  const lx = cx - width / 2;
  for (const [z0, z1] of [
    [fz - 0.02, fz + out],
    [bz - out, bz + 0.02],
  ]) {
    m.box(cx - h - t, cy - h - t, z0, cx + h + t, cy - h, z1, trim);
    m.box(cx - h - t, cy + h, z0, cx + h + t, cy + h + t, z1, trim);
    m.box(cx - h - t, cy - h, z0, cx - h, cy + h, z1, trim);
    m.box(cx + h, cy - h, z0, cx + h + t, cy + h, z1, trim);
  }
  for (const [x0, x1] of [
    [rx - 0.02, rx + out],
    [lx - out, lx + 0.02],
  ]) {
    m.box(x0, cy - h - t, cz - h - t, x1, cy - h, cz + h + t, trim);
    m.box(x0, cy + h, cz - h - t, x1, cy + h + t, cz + h + t, trim);
    m.box(x0, cy - h, cz - h - t, x1, cy + h, cz - h, trim);
    m.box(x0, cy - h, cz + h, x1, cy + h, cz + h + t, trim);
  }
}
