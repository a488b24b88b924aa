// The catalog's parametric forms as geometry (no Babylon): turned ceramics, bronzes, mounted pictures and seals.
import type { ArtifactForm } from "../../../common/catalog";
import type { Slot } from "../../../common/displayLayout";
import { frameOf, hexToRgb, type MeshBuffer, type Rgb, type Vec3 } from "../kit/MeshBuffer";

/** Near: in a display up close; far: the same shape in a few triangles; inspect: alone, turned in the hand. */
export type Detail = "near" | "far" | "inspect";
const SEGMENTS: Record<Detail, number> = { near: 14, far: 6, inspect: 64 };

/** Where a picture's image lies in the hall's art atlas (u0, v0, u1, v1). */
export type AtlasRect = readonly [number, number, number, number];

export interface FormTarget {
  /** Everything with vertex colours: bodies, frames, mounts, knobs. */
  solid: MeshBuffer;
  /** Picture surfaces, textured from the art atlas. */
  art: MeshBuffer;
}

export interface ItemShape {
  form: ArtifactForm;
  dimensions: { heightCm: number; widthCm: number; depthCm: number };
}

/**
 * Object space → the slot's frame: lying pictures turn face up, everything sits at the slot's height. `lift` marks
 * the common case (a plain raise), which the turned forms' hot loop writes without allocating.
 */
type Place = { p: (v: Vec3) => Vec3; n: (v: Vec3) => Vec3; lift?: number };

function placement(slot: Pick<Slot, "y" | "pose">, height: number): Place {
  if (slot.pose === "lying") return { p: ([x, y, z]) => [x, slot.y + 0.01 + z, -y], n: ([x, y, z]) => [x, z, -y] };
  // A hung item's slot height is its centre; a standing one's is its base.
  const base = slot.pose === "hung" ? slot.y - height / 2 : slot.y;
  return { p: ([x, y, z]) => [x, base + y, z], n: (v) => v, lift: base };
}

const WHITE: Rgb = [1, 1, 1];

/**
 * A smooth surface of revolution about the object's vertical axis through (ox, oz): rings of shared vertices with
 * normals from the profile's slope, so porcelain reads as turned rather than faceted.
 */
export function smoothLathe(b: MeshBuffer, at: Place, rings: readonly { r: number; y: number; c: Rgb }[], segments: number, ox = 0, oz = 0): void {
  const firsts: number[] = [];
  for (let i = 0; i < rings.length; i++) {
    const prev = rings[Math.max(0, i - 1)];
    const next = rings[Math.min(rings.length - 1, i + 1)];
    // Outward normal of the profile at this ring: perpendicular to the chord through its neighbours.
    let nr = next.y - prev.y;
    let ny = -(next.r - prev.r);
    const len = Math.hypot(nr, ny) || 1;
    nr /= len;
    ny /= len;
    firsts.push(b.vertexCount);
    for (let s = 0; s <= segments; s++) {
      const a = (s / segments) * Math.PI * 2;
      const sin = Math.sin(a);
      const cos = Math.cos(a);
      const { r, y, c } = rings[i];
      if (at.lift !== undefined) b.vertexAt(ox + r * sin, at.lift + y, oz + r * cos, nr * sin, ny, nr * cos, s / segments, y, c);
      else b.vertex(at.p([ox + r * sin, y, oz + r * cos]), at.n([nr * sin, ny, nr * cos]), [s / segments, y], c);
    }
  }
  for (let i = 0; i + 1 < rings.length; i++) {
    if (rings[i].y === rings[i + 1].y && rings[i].r === rings[i + 1].r) continue; // a colour seam, not a band
    for (let s = 0; s < segments; s++) {
      const a = firsts[i] + s;
      const c = firsts[i + 1] + s;
      if (rings[i].r > 0) b.triangle(a, a + 1, c + 1);
      if (rings[i + 1].r > 0) b.triangle(a, c + 1, c);
    }
  }
}

/** A profile scaled to metres, with rings inserted at each band edge so accent bands have crisp borders. */
export function ringsOf(profile: readonly (readonly [number, number])[], height: number, radiusScale: number, glaze: Rgb, accent: Rgb | null, bands: readonly (readonly [number, number])[], y0 = 0): { r: number; y: number; c: Rgb }[] {
  const inBand = (f: number) => accent !== null && bands.some(([a, z]) => f >= a && f < z);
  const colourAt = (f: number): Rgb => (inBand(f) ? accent! : glaze);
  const edges = accent ? bands.flat().filter((e) => e > 0 && e < 1) : [];
  const out: { r: number; y: number; c: Rgb }[] = [];
  for (let i = 0; i < profile.length; i++) {
    const [r, f] = profile[i];
    if (i > 0) {
      const [r0, f0] = profile[i - 1];
      for (const e of edges.filter((e) => e > f0 && e < f).sort((a, b) => a - b)) {
        const re = r0 + ((r - r0) * (e - f0)) / (f - f0);
        out.push({ r: re * radiusScale, y: y0 + e * height, c: colourAt(e - 1e-6) }, { r: re * radiusScale, y: y0 + e * height, c: colourAt(e) });
      }
    }
    out.push({ r: r * radiusScale, y: y0 + f * height, c: colourAt(Math.min(f, 0.9999)) });
  }
  return out;
}

/** Radius scale that makes the widest point of the profile as wide as the object. */
function radiusScale(profile: readonly (readonly [number, number])[], widthM: number, heightM: number): number {
  const max = Math.max(...profile.map(([r]) => r));
  return max > 0 ? widthM / 2 / max : heightM;
}

/** An open vessel's inside: the rim turned inwards and down, so looking into a bowl shows a glazed well. */
function inside(rings: { r: number; y: number; c: Rgb }[], wall: number): { r: number; y: number; c: Rgb }[] {
  const top = rings[rings.length - 1];
  // Only a wide mouth shows its inside (bowls, dishes, basins); a vase's narrow neck hides it.
  const widest = Math.max(...rings.map((r) => r.r));
  if (top.r <= wall * 2 || top.r < widest * 0.6) return [];
  const depth = Math.max(top.y - rings[0].y, 0.01);
  const floorY = rings[0].y + depth * 0.12;
  // Inner rings mirror the outer ones (shrunk by the wall) from the rim down to the well's floor.
  const inner = [...rings].reverse().filter((r) => r.y >= floorY).map((r) => ({ r: Math.max(0, r.r - wall), y: r.y, c: top.c }));
  inner.push({ r: 0, y: floorY, c: top.c });
  // Descending rings turn smoothLathe's normals towards the axis: the inside is lit as an inside.
  return inner;
}

function picture(t: FormTarget, at: Place, w: number, h: number, y0: number, z: number, uv: AtlasRect): void {
  // Object-space +x is the viewer's left (the frame turns +z to face them), so u runs from +x to −x.
  const corners: [Vec3, [number, number]][] = [
    [[w / 2, y0, z], [uv[0], uv[1]]],
    [[-w / 2, y0, z], [uv[2], uv[1]]],
    [[-w / 2, y0 + h, z], [uv[2], uv[3]]],
    [[w / 2, y0 + h, z], [uv[0], uv[3]]],
  ];
  const ids = corners.map(([p, q]) => t.art.vertex(at.p(p), at.n([0, 0, 1]), q, WHITE));
  t.art.triangle(ids[0], ids[1], ids[2]);
  t.art.triangle(ids[0], ids[2], ids[3]);
}

/** A box in object space through the placement (for frames, rods, mounts, seals). */
function box(b: MeshBuffer, at: Place, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, c: Rgb): void {
  const faces: [Vec3, Vec3[]][] = [
    [[0, 0, 1], [[x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]]],
    [[0, 0, -1], [[x1, y0, z0], [x0, y0, z0], [x0, y1, z0], [x1, y1, z0]]],
    [[1, 0, 0], [[x1, y0, z1], [x1, y0, z0], [x1, y1, z0], [x1, y1, z1]]],
    [[-1, 0, 0], [[x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]]],
    [[0, 1, 0], [[x0, y1, z1], [x1, y1, z1], [x1, y1, z0], [x0, y1, z0]]],
    [[0, -1, 0], [[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]]],
  ];
  for (const [n, pts] of faces) {
    const ids = pts.map((p, i) => b.vertex(at.p(p), at.n(n), [i & 1, i >> 1], c));
    b.triangle(ids[0], ids[1], ids[2]);
    b.triangle(ids[0], ids[2], ids[3]);
  }
}

/**
 * Writes one item into the target buffers, in the slot's frame. Returns nothing: callers read triangle counts
 * before and after to know which faces belong to the item.
 */
export function writeForm(t: FormTarget, item: ItemShape, slot: Pick<Slot, "x" | "y" | "z" | "yawDeg" | "pose">, detail: Detail, uv: AtlasRect | null): void {
  const frame = frameOf(slot.x, slot.z, slot.yawDeg);
  t.solid.frame = frame;
  t.art.frame = frame;
  const h = item.dimensions.heightCm / 100;
  const at = placement(slot, h);
  const w = item.dimensions.widthCm / 100;
  const d = item.dimensions.depthCm / 100;
  const seg = SEGMENTS[detail];
  const f = item.form;
  switch (f.kind) {
    case "lathe": {
      const rings = ringsOf(f.profile, h, radiusScale(f.profile, w, h), hexToRgb(f.glaze), f.accent ? hexToRgb(f.accent) : null, detail === "far" ? [] : f.bands);
      smoothLathe(t.solid, at, detail === "far" ? [...rings, { r: 0, y: rings[rings.length - 1].y, c: rings[rings.length - 1].c }] : [...rings, ...inside(rings, Math.max(0.004, w * 0.03))], seg);
      return;
    }
    case "bronze": {
      const patina = hexToRgb(f.patina);
      if (f.vessel === "mirror") {
        // A mirror stands upright on its edge, its decorated back to the visitor: turn the disc to face front.
        const up: Place = { p: ([x, y, z]) => at.p([x, w / 2 + z, y - d / 2]), n: ([x, y, z]) => at.n([x, z, y]) };
        smoothLathe(t.solid, up, ringsOf(f.profile, d, radiusScale(f.profile, w, d), patina, null, []), seg);
        return;
      }
      const legH = f.legs > 0 ? h * 0.28 : 0;
      const rs = radiusScale(f.profile, w, h - legH);
      const rings = ringsOf(f.profile, h - legH, rs, patina, null, [], legH);
      smoothLathe(t.solid, at, detail === "far" ? [...rings, { r: 0, y: rings[rings.length - 1].y, c: patina }] : [...rings, ...inside(rings, Math.max(0.005, w * 0.03))], seg);
      const legR = Math.max(0.008, w * 0.05);
      const footR = rings[0].r * 0.8 + legR;
      for (let i = 0; i < f.legs; i++) {
        const a = (i / f.legs) * Math.PI * 2 + Math.PI / f.legs;
        const lx = Math.sin(a) * footR;
        const lz = Math.cos(a) * footR;
        if (detail === "far") box(t.solid, at, lx - legR, 0, lz - legR, lx + legR, legH + 0.01, lz + legR, patina);
        else smoothLathe(t.solid, at, [{ r: legR * 0.8, y: 0, c: patina }, { r: legR, y: legH * 0.6, c: patina }, { r: legR * 1.2, y: legH + 0.01, c: patina }], Math.max(6, seg / 2), lx, lz);
      }
      if (f.handles && detail !== "far") {
        const top = rings[rings.length - 1];
        const hh = Math.max(0.02, h * 0.12);
        const th = Math.max(0.006, w * 0.03);
        for (const side of [-1, 1]) {
          const x = side * top.r * 0.9;
          box(t.solid, at, x - th / 2, top.y - th, -th * 2.5, x + th / 2, top.y + hh, -th * 1.5, patina);
          box(t.solid, at, x - th / 2, top.y - th, th * 1.5, x + th / 2, top.y + hh, th * 2.5, patina);
          box(t.solid, at, x - th / 2, top.y + hh - th, -th * 2.5, x + th / 2, top.y + hh, th * 2.5, patina);
        }
      }
      return;
    }
    case "scroll": {
      const mount = hexToRgb(f.mount);
      const m = Math.min(w, h) * 0.08; // the silk border around the picture
      const back = -Math.max(0.005, d / 2);
      box(t.solid, at, -w / 2, 0, back - 0.003, w / 2, h, 0, mount);
      if (f.mounting === "hanging") {
        // Roller at the foot, stave at the top, as a hanging scroll is mounted.
        box(t.solid, at, -w / 2 - 0.03, -0.015, back - 0.01, w / 2 + 0.03, 0.015, 0.01, hexToRgb("#3b2a1e"));
        box(t.solid, at, -w / 2, h - 0.01, back - 0.006, w / 2, h + 0.01, 0.006, hexToRgb("#5a4632"));
      } else if (f.mounting === "handscroll") {
        for (const side of [-1, 1]) box(t.solid, at, side * w / 2 - 0.02, 0, back - 0.02, side * w / 2 + 0.02, h, 0.02, hexToRgb("#3b2a1e"));
      }
      if (uv) picture(t, at, w - 2 * m, h - 2 * m, m, 0.002, uv);
      return;
    }
    case "painting": {
      const frameC = hexToRgb(f.frame);
      const fw = Math.max(0.03, Math.min(w, h) * 0.07);
      const depth = Math.max(0.03, d);
      box(t.solid, at, -w / 2, 0, -depth, -w / 2 + fw, h, 0, frameC);
      box(t.solid, at, w / 2 - fw, 0, -depth, w / 2, h, 0, frameC);
      box(t.solid, at, -w / 2 + fw, 0, -depth, w / 2 - fw, fw, 0, frameC);
      box(t.solid, at, -w / 2 + fw, h - fw, -depth, w / 2 - fw, h, 0, frameC);
      box(t.solid, at, -w / 2 + fw, fw, -depth, w / 2 - fw, h - fw, -depth * 0.6, hexToRgb(f.ground));
      if (uv) picture(t, at, w - 2 * fw, h - 2 * fw, fw, -depth * 0.6 + 0.002, uv);
      return;
    }
    case "seal": {
      const stone = hexToRgb(f.stone);
      const body = f.knob === "flat" ? h : h * 0.72;
      box(t.solid, at, -w / 2, 0, -d / 2, w / 2, body, d / 2, stone);
      if (f.knob === "flat") return;
      const k = Math.min(w, d);
      if (f.knob === "beast" && detail !== "far") {
        smoothLathe(t.solid, at, [{ r: k * 0.42, y: body, c: stone }, { r: k * 0.45, y: body + (h - body) * 0.4, c: stone }, { r: k * 0.3, y: body + (h - body) * 0.85, c: stone }, { r: 0, y: h, c: stone }], Math.max(6, seg / 2));
      } else {
        const kw = f.knob === "ring" ? k * 0.2 : k * 0.7;
        box(t.solid, at, -kw / 2, body, -k * 0.3, kw / 2, h, k * 0.3, stone);
      }
      return;
    }
    case "model":
      return; // drawn from its glb by the hall, or by a placeholder when the file fails
  }
}
