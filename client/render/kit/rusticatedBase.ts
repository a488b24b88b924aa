// A rusticated ground floor: courses of banded blocks with their channels, and round-headed openings cut in them with
// keystones. Local coordinates of the landmark (its front faces +z), as in facadeRelief.ts.
import type { MeshBuffer, Rgb } from "./MeshBuffer";
import { baysOf, frontQuad, shade } from "./facadeRelief";

/** A dark round-headed opening on a front at z, under a keystone: a door from the ground or a window above it. */
export function archedOpening(
  m: MeshBuffer,
  xc: number,
  half: number,
  bottom: number,
  spring: number,
  z: number,
  trim: Rgb,
): void {
  const dark: Rgb = [0.09, 0.1, 0.11];
  frontQuad(m, xc - half, bottom, xc + half, spring, z, () => [0.5, 0.5], dark);
  // The round head: a fan of triangles over the springing line.
  const n = 8;
  for (let k = 0; k < n; k++) {
    const a0 = (Math.PI * k) / n;
    const a1 = (Math.PI * (k + 1)) / n;
    m.face(
      [
        [xc, spring, z],
        [xc + half * Math.cos(a0), spring + half * Math.sin(a0), z],
        [xc + half * Math.cos(a1), spring + half * Math.sin(a1), z],
      ],
      [0, 0, 1],
      [
        [0.5, 0.5],
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      dark,
    );
  }
  m.box(xc - 0.22, spring + half - 0.1, z - 0.05, xc + 0.22, spring + half + 0.45, z + 0.12, trim, [1, 1], {
    back: true,
  });
}

/** Courses of rusticated stone with channels between them over a box's sides, from the ground to `height`. */
export function rusticatedCourses(
  m: MeshBuffer,
  x0: number,
  z0: number,
  x1: number,
  z1: number,
  height: number,
  trim: Rgb,
): void {
  const courses = Math.max(2, Math.round(height / 0.75));
  const ch = height / courses;
  m.box(x0 + 0.12, 0, z0 + 0.12, x1 - 0.12, height, z1 - 0.12, shade(trim, 0.7));
  for (let i = 0; i < courses; i++) {
    const ya = i * ch + 0.07;
    m.box(x0, ya, z0, x1, (i + 1) * ch, z1, shade(trim, 0.9 + 0.1 * Math.min(1, ya / height + 0.5)));
  }
}

/**
 * The rusticated ground floors: courses of stone with deep channels between them, round-headed openings on the
 * front in every bay (a door in the middle one), and a string course over them.
 */
export function rusticatedBase(m: MeshBuffer, width: number, depth: number, height: number, trim: Rgb): void {
  rusticatedCourses(m, -width / 2 - 0.3, -depth / 2 - 0.3, width / 2 + 0.3, depth / 2 + 0.3, height, trim);
  const bays = baysOf(width);
  const middle = Math.floor(bays.count / 2);
  for (let i = 0; i < bays.count; i++) {
    const xc = -width / 2 + (i + 0.5) * bays.width;
    const half = bays.width * (i === middle ? 0.26 : 0.2);
    const bottom = i === middle ? 0 : Math.min(0.9, height * 0.15);
    archedOpening(m, xc, half, bottom, Math.max(bottom + 0.5, height * 0.78 - half), depth / 2 + 0.32, trim);
  }
  m.block(0, 0, width + 0.8, depth + 0.8, height - 0.05, height + 0.3, trim); // the string course over it
}
