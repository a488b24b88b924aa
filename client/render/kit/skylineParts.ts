// Parts for the today layer's additions: the Pudong towers as simple but recognisable massing, and the riverside
// flood wall with the road widened in front of it. Heights come from the data; proportions from photographs.
import type { FloodWallShape, Landmark, SkyscraperShape } from "../../../common/landmark";
import { cross, hexToRgb, normalize, sub, type MeshBuffer, type Rgb, type Vec3 } from "./MeshBuffer";
import { PartList, type Part } from "./buildingParts";
import { beam, lathe } from "./outlineShapes";

type Ring = Vec3[];

/** Joins rings of equal point count into a skin, bottom to top, and closes the top ring with a flat cap. */
function loft(m: MeshBuffer, rings: readonly Ring[], color: Rgb): void {
  for (let r = 0; r + 1 < rings.length; r++) {
    const lo = rings[r];
    const hi = rings[r + 1];
    for (let i = 0; i < lo.length; i++) {
      const j = (i + 1) % lo.length;
      const quad = [lo[i], lo[j], hi[j], hi[i]];
      // Outward: the side's horizontal direction crossed with up, so every quad faces away from the axis.
      const n = normalize(cross(sub(lo[j], lo[i]), sub(hi[i], lo[i])));
      const uv = quad.map((p, k) => [k === 1 || k === 2 ? 1 : 0, p[1] / 4] as [number, number]);
      m.face(quad, n, uv, color);
    }
  }
  const top = rings[rings.length - 1];
  const y = top[0][1];
  const cx = top.reduce((s, p) => s + p[0], 0) / top.length;
  const cz = top.reduce((s, p) => s + p[2], 0) / top.length;
  for (let i = 0; i < top.length; i++) {
    const j = (i + 1) % top.length;
    m.face(
      [[cx, y, cz], top[i], top[j]],
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

/** A sphere turned on the lathe, centred at height cy. */
function sphere(m: MeshBuffer, cy: number, r: number, color: Rgb, segments = 20): void {
  const steps = 10;
  const profile: [number, number][] = [];
  for (let k = 0; k <= steps; k++) {
    const a = (k / steps) * Math.PI;
    profile.push([Math.max(r * Math.sin(a), 0.0001), cy - r * Math.cos(a)]);
  }
  lathe(m, 0, 0, profile, segments, color);
}

/** Oriental Pearl Tower: three columns through two great spheres, three raking legs, a small top sphere and mast. */
function pearlTower(list: PartList, h: number, shaft: Rgb, pearl: Rgb): void {
  const k = h / 468;
  list.add("columns", "stone", (m) => {
    for (let i = 0; i < 3; i++) {
      const a = (i / 3) * Math.PI * 2;
      const x = Math.sin(a) * 7 * k;
      const z = Math.cos(a) * 7 * k;
      lathe(
        m,
        x,
        z,
        [
          [4.5 * k, 0],
          [4.5 * k, 290 * k],
          [0.0001, 290 * k],
        ],
        10,
        shaft,
      );
      // The raking legs meet the columns under the lower sphere.
      const la = a + Math.PI / 3;
      beam(m, [Math.sin(la) * 34 * k, 0, Math.cos(la) * 34 * k], [x * 0.6, 78 * k, z * 0.6], 6 * k, shaft);
    }
    lathe(
      m,
      0,
      0,
      [
        [3.5 * k, 285 * k],
        [2.5 * k, 350 * k],
        [1.2 * k, 400 * k],
        [0.4 * k, h],
        [0.0001, h],
      ],
      8,
      shaft,
    );
  });
  list.add("spheres", "stone", (m) => {
    sphere(m, 93 * k, 25 * k, pearl);
    sphere(m, 263 * k, 22.5 * k, pearl);
    sphere(m, 342 * k, 7 * k, pearl, 14);
    for (const y of [140, 175, 210]) sphere(m, y * k, 5 * k, pearl, 10);
  });
}

/** Jin Mao Tower: a pagoda of setbacks, each tier shorter than the one below, under a crown and spire. */
function jinMao(list: PartList, h: number, width: number, glass: Rgb, crown: Rgb): void {
  const body = h * 0.88;
  const profile: [number, number][] = [[width / 2, 0]];
  let y = 0;
  let r = width / 2;
  let tier = body * 0.3;
  while (y + tier < body * 0.97) {
    y += tier;
    profile.push([r, y], [r * 0.93, y]);
    r *= 0.93;
    tier *= 0.78;
  }
  profile.push([r, body], [0.0001, body]);
  list.add("tiers", "stone", (m) => lathe(m, 0, 0, profile, 8, glass));
  list.add("crown", "stone", (m) =>
    lathe(
      m,
      0,
      0,
      [
        [r * 0.9, body],
        [r * 0.55, body + (h - body) * 0.35],
        [r * 0.12, body + (h - body) * 0.6],
        [0.0001, h],
      ],
      8,
      crown,
    ),
  );
}

/** Shanghai World Financial Center: a square prism narrowing to a blade, opened at the top (the "bottle opener"). */
function worldFinancialCenter(list: PartList, h: number, width: number, glass: Rgb): void {
  const w = width / 2;
  const opening = h * 0.1;
  const body = h - opening - h * 0.02;
  const depthAt = (y: number) => w * (1 - 0.82 * (y / h));
  const ring = (y: number): Ring => [
    [-w, y, -depthAt(y)],
    [w, y, -depthAt(y)],
    [w, y, depthAt(y)],
    [-w, y, depthAt(y)],
  ];
  list.add("body", "stone", (m) => loft(m, [ring(0), ring(body * 0.5), ring(body)], glass));
  list.add("aperture-frame", "stone", (m) => {
    const d = depthAt(h);
    for (const side of [-1, 1])
      m.box(side < 0 ? -w : w - w * 0.22, body, -d, side < 0 ? -w + w * 0.22 : w, h, d, glass);
    m.box(-w, h - h * 0.02, -d, w, h, d, glass);
  });
}

/** Shanghai Tower: a rounded triangle turning about 120° as it rises and tapers, its crown open to the sky. */
function shanghaiTower(list: PartList, h: number, width: number, glass: Rgb): void {
  const body = h * 0.92;
  const levels = 16;
  const points = 24;
  const rings: Ring[] = [];
  for (let l = 0; l <= levels; l++) {
    const t = l / levels;
    const y = body * t;
    const radius = (width / 2) * (1 - 0.45 * t);
    const twist = (t * 120 * Math.PI) / 180;
    const ring: Ring = [];
    for (let i = 0; i < points; i++) {
      const a = (i / points) * Math.PI * 2;
      // A triangle with rounded corners: the radius swells towards three corners.
      const rr = radius * (0.82 + 0.18 * Math.cos(3 * a));
      ring.push([Math.sin(a + twist) * rr, y, Math.cos(a + twist) * rr]);
    }
    rings.push(ring);
  }
  list.add("body", "stone", (m) => loft(m, rings, glass));
  list.add("crown", "stone", (m) => {
    const top = rings[levels];
    for (let i = 0; i < points; i += 3) {
      const p = top[i];
      beam(m, p, [p[0] * 0.7, h, p[2] * 0.7], 1.2, glass);
    }
  });
}

export function skyscraperParts(l: Landmark, shape: SkyscraperShape): Part[] {
  const list = new PartList(l);
  const main = hexToRgb(l.facade.color);
  const trim = hexToRgb(l.facade.trimColor);
  switch (shape.form) {
    case "pearl-tower":
      pearlTower(list, shape.height, main, trim);
      break;
    case "jin-mao":
      jinMao(list, shape.height, shape.width, main, trim);
      break;
    case "world-financial-center":
      worldFinancialCenter(list, shape.height, shape.width, main);
      break;
    case "shanghai-tower":
      shanghaiTower(list, shape.height, shape.width, main);
      break;
  }
  return list.parts;
}

/** The flood wall along local x at the water's edge (down to the water), and the widened roadway behind it. */
export function floodWallParts(l: Landmark, shape: FloodWallShape): Part[] {
  const list = new PartList(l);
  const wall = hexToRgb(l.facade.color);
  const coping = hexToRgb(l.facade.trimColor);
  const road = hexToRgb(l.facade.roofColor);
  const { length, height, thickness, roadBehind, roadWidening } = shape;
  const half = length / 2;
  list.add("wall", "stone", (m) => {
    m.box(-half, -2, -thickness / 2, half, height, thickness / 2, wall);
    m.box(-half, height, -thickness / 2 - 0.1, half, height + 0.15, thickness / 2 + 0.1, coping);
  });
  if (roadWidening > 0)
    list.add("widened-road", "stone", (m) =>
      m.box(-half, 0, -roadBehind, half, 0.04, -roadBehind + roadWidening, road, [1, 1], { bottom: true }),
    );
  return list.parts;
}
