// Turned forms (ceramics, bronzes, a seal's knob): rings from a profile, swept round with smooth normals, and an open
// vessel's glazed inside.
import type { MeshBuffer, Rgb } from "../kit/MeshBuffer";
import type { Place } from "./formPlacement";

/**
 * A smooth surface of revolution about the object's vertical axis through (ox, oz): rings of shared vertices with
 * normals from the profile's slope, so porcelain reads as turned rather than faceted.
 */
export function smoothLathe(
  b: MeshBuffer,
  at: Place,
  rings: readonly { r: number; y: number; c: Rgb }[],
  segments: number,
  ox = 0,
  oz = 0,
): void {
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
      if (at.lift !== undefined)
        b.vertexAt(ox + r * sin, at.lift + y, oz + r * cos, nr * sin, ny, nr * cos, s / segments, y, c);
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
export function ringsOf(
  profile: readonly (readonly [number, number])[],
  height: number,
  radiusScale: number,
  glaze: Rgb,
  accent: Rgb | null,
  bands: readonly (readonly [number, number])[],
  y0 = 0,
): { r: number; y: number; c: Rgb }[] {
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
        out.push(
          { r: re * radiusScale, y: y0 + e * height, c: colourAt(e - 1e-6) },
          { r: re * radiusScale, y: y0 + e * height, c: colourAt(e) },
        );
      }
    }
    out.push({ r: r * radiusScale, y: y0 + f * height, c: colourAt(Math.min(f, 0.9999)) });
  }
  return out;
}

/** Radius scale that makes the widest point of the profile as wide as the object. */
export function radiusScale(profile: readonly (readonly [number, number])[], widthM: number, heightM: number): number {
  const max = Math.max(...profile.map(([r]) => r));
  return max > 0 ? widthM / 2 / max : heightM;
}

/** An open vessel's inside: the rim turned inwards and down, so looking into a bowl shows a glazed well. */
export function inside(rings: { r: number; y: number; c: Rgb }[], wall: number): { r: number; y: number; c: Rgb }[] {
  const top = rings[rings.length - 1];
  // Only a wide mouth shows its inside (bowls, dishes, basins); a vase's narrow neck hides it.
  const widest = Math.max(...rings.map((r) => r.r));
  if (top.r <= wall * 2 || top.r < widest * 0.6) return [];
  const depth = Math.max(top.y - rings[0].y, 0.01);
  const floorY = rings[0].y + depth * 0.12;
  // Inner rings mirror the outer ones (shrunk by the wall) from the rim down to the well's floor.
  const inner = [...rings]
    .reverse()
    .filter((r) => r.y >= floorY)
    .map((r) => ({ r: Math.max(0, r.r - wall), y: r.y, c: top.c }));
  inner.push({ r: 0, y: floorY, c: top.c });
  // Descending rings turn smoothLathe's normals towards the axis: the inside is lit as an inside.
  return inner;
}
