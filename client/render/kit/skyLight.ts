// The sky and the sun's light as plain numbers (no Babylon): the dome's colours with the sun's glow and the haze at
// the horizon, the sun's disc, the shadows the buildings cast on the ground and the light the sky gives a wall,
// baked into vertex colours so that they cost no draw call, no shadow map and no shader a Quest would pay for.
import { DEG } from "../../../common/measures";
import type { Environment } from "../../../common/scene";
import { MeshBuffer, hexToRgb, type Rgb, type Vec3 } from "./MeshBuffer";

export const SKY_RADIUS = 2500;
const SUN_DISC_DEG = 1.6;

/** Unit vector from the ground towards the sun (x east, y up, z north). */
export function towardsSun(sun: Environment["sun"]): Vec3 {
  const az = sun.azimuthDeg * DEG;
  const el = sun.elevationDeg * DEG;
  return [Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)];
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** The colour of the sky in direction `d` (unit): zenith to a hazy horizon, brighter and warmer towards the sun. */
export function skyColour(env: Environment, d: Vec3): Rgb {
  const zenith = hexToRgb(env.skyZenith);
  const horizon = hexToRgb(env.skyHorizon);
  const haze = env.fog ? hexToRgb(env.fog.color) : horizon;
  const up = Math.max(0, d[1]);
  // A thin band of haze lies on the horizon; above it the blue deepens towards the zenith.
  let c = mix(horizon, zenith, Math.pow(up, 0.55));
  c = mix(c, haze, Math.exp(-up * 14) * 0.8);
  const s = towardsSun(env.sun);
  const cos = Math.max(0, d[0] * s[0] + d[1] * s[1] + d[2] * s[2]);
  const glow = 0.45 * Math.pow(cos, 10) + 0.25 * Math.pow(cos, 60);
  const sunColour = hexToRgb(env.sun.color);
  return [0, 1, 2].map((k) => Math.min(1, c[k] + sunColour[k] * glow)) as unknown as Rgb;
}

/** The dome (a sphere of `rings` × `segments`, coloured by skyColour) and the sun's disc, in one buffer. */
export function skyDomeBuffer(env: Environment, rings = 24, segments = 48): MeshBuffer {
  const b = new MeshBuffer();
  for (let r = 0; r <= rings; r++) {
    const el = -Math.PI / 2 + (Math.PI * r) / rings;
    for (let s = 0; s <= segments; s++) {
      const az = (Math.PI * 2 * s) / segments;
      const d: Vec3 = [Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)];
      b.vertexAt(
        d[0] * SKY_RADIUS,
        d[1] * SKY_RADIUS,
        d[2] * SKY_RADIUS,
        -d[0],
        -d[1],
        -d[2],
        s / segments,
        r / rings,
        skyColour(env, d),
      );
    }
  }
  const row = segments + 1;
  for (let r = 0; r < rings; r++)
    for (let s = 0; s < segments; s++) {
      const a = r * row + s;
      b.indices.push(a, a + 1, a + row, a + 1, a + row + 1, a + row);
    }
  // The disc: a fan just inside the dome, facing the visitor, in the sun's own colour brightened to white.
  const sun = towardsSun(env.sun);
  const right = normalizeXZ([sun[2], 0, -sun[0]]);
  const upv = crossV(right, sun);
  const rad = Math.tan(SUN_DISC_DEG * DEG) * SKY_RADIUS * 0.98;
  const centre: Vec3 = [sun[0] * SKY_RADIUS * 0.98, sun[1] * SKY_RADIUS * 0.98, sun[2] * SKY_RADIUS * 0.98];
  const disc = mix(hexToRgb(env.sun.color), [1, 1, 1], 0.7);
  const first = b.vertexAt(...centre, -sun[0], -sun[1], -sun[2], 0.5, 0.5, disc);
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const a = (Math.PI * 2 * i) / n;
    const p = [0, 1, 2].map((k) => centre[k] + (right[k] * Math.cos(a) + upv[k] * Math.sin(a)) * rad);
    b.vertexAt(p[0], p[1], p[2], -sun[0], -sun[1], -sun[2], 0.5, 0.5, disc);
    if (i > 0) b.indices.push(first, first + i, first + i + 1);
  }
  return b;
}

function normalizeXZ(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[2]) || 1;
  return [v[0] / l, 0, v[2] / l];
}
const crossV = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/**
 * The sky's light on the kit's walls: a vertex sees less of the sky the nearer it stands to the street (the
 * buildings across it, the pavement), so colours darken towards the ground, `floor` at ground level, full by `reach`
 * metres up. Horizontal faces looking up keep their colour.
 */
export function bakeSkyOcclusion(buffer: MeshBuffer, floor = 0.62, reach = 14): void {
  const P = buffer.positions;
  const N = buffer.normals;
  const C = buffer.colors;
  for (let v = 0; v < P.length / 3; v++) {
    if (N[v * 3 + 1] > 0.7) continue;
    const y = P[v * 3 + 1];
    const t = Math.min(1, Math.max(0, y / reach));
    const k = floor + (1 - floor) * t * (2 - t); // eased: the darkening gathers at the foot of the wall
    C[v * 4] *= k;
    C[v * 4 + 1] *= k;
    C[v * 4 + 2] *= k;
  }
}

/** A footprint on the ground: its corners (world x, z) and how high the thing on it stands. */
export interface Caster {
  corners: readonly (readonly [number, number])[];
  height: number;
}

/** The convex hull of points (Andrew's monotone chain), counter-clockwise. */
export function convexHull(points: readonly (readonly [number, number])[]): [number, number][] {
  const p = [...points].map(([x, z]) => [x, z] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const turn = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && turn(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (const q of [...p].reverse()) {
    while (upper.length >= 2 && turn(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * The shadows the casters throw on the ground with the sun at `sun`: each the hull of its footprint and that
 * footprint moved away from the sun by its height, laid `lift` metres above the ground, in one buffer. Shadows
 * longer than `maxLength` are cut to it (a low sun would otherwise lay them across the whole city).
 */
export function groundShadows(
  casters: readonly Caster[],
  sun: Environment["sun"],
  lift = 0.03,
  maxLength = 150,
): MeshBuffer {
  const b = new MeshBuffer();
  const s = towardsSun(sun);
  const horiz = Math.hypot(s[0], s[2]);
  if (s[1] <= 0.01) return b;
  const perMetre = horiz / s[1];
  const black: Rgb = [0, 0, 0];
  for (const c of casters) {
    const len = Math.min(maxLength, c.height * perMetre);
    const dx = horiz > 0 ? (-s[0] / horiz) * len : 0;
    const dz = horiz > 0 ? (-s[2] / horiz) * len : 0;
    const hull = convexHull([...c.corners, ...c.corners.map(([x, z]) => [x + dx, z + dz] as const)]);
    if (hull.length < 3) continue;
    const first = b.vertexCount;
    for (const [x, z] of hull) b.vertexAt(x, lift, z, 0, 1, 0, 0, 0, black);
    for (let i = 1; i + 1 < hull.length; i++) b.indices.push(first, first + i + 1, first + i);
  }
  return b;
}
