// A Tang Yue-ware celadon ewer (9th century): ovoid body, short spout on the shoulder, a strap handle from neck to
// shoulder. The hall's lathe can turn the body but not the spout and handle, so this exhibit is a model.
import { lathe, type ProfilePoint } from "./lathe.js";
import { opaque, type MaterialSpec } from "./materials.js";
import { mergeMeshes, translate, type Vec3 } from "./meshData.js";
import { tube } from "./tube.js";
import type { ModelDescription } from "./toDocument.js";

/** The catalog record's height, in metres; the hall fits the model to the record anyway. */
export const EWER_HEIGHT_M = 0.234;

// Grey-green Yue glaze, glassy but not mirror-like.
const GLAZE: MaterialSpec = { name: "YueCeladon", baseColor: opaque("#9aa57c"), metallic: 0, roughness: 0.32 };

/** Fractions of the height: the hall's ewer outline (foot, ovoid belly, waisted neck, flared mouth), then the inside of the mouth. */
const BODY: ProfilePoint[] = [
  [0, 0],
  [0.2, 0],
  [0.21, 0.05],
  [0.3, 0.2],
  [0.33, 0.35],
  [0.27, 0.52],
  [0.13, 0.62],
  [0.09, 0.75],
  [0.1, 0.92],
  [0.12, 1],
  [0.105, 0.99],
  [0.085, 0.9],
  [0, 0.86],
];
/** The spout rises from the shoulder on +X, short and slightly flared, as on ewers of the late Tang. */
const SPOUT: Vec3[] = [
  [0.22, 0.5, 0],
  [0.32, 0.57, 0],
  [0.4, 0.64, 0],
  [0.44, 0.68, 0],
];
const SPOUT_RADII: Array<[number, number]> = [
  [0.05, 0.05],
  [0.043, 0.043],
  [0.037, 0.037],
  [0.04, 0.04],
];
/** The handle: a flat strap from below the mouth, out and down to the shoulder on −X. */
const HANDLE: Vec3[] = [
  [-0.08, 0.84, 0],
  [-0.18, 0.87, 0],
  [-0.3, 0.83, 0],
  [-0.37, 0.72, 0],
  [-0.37, 0.6, 0],
  [-0.33, 0.49, 0],
  [-0.27, 0.42, 0],
];
const STRAP: [number, number] = [0.045, 0.015];

/** Span across spout and handle, and front to back, as fractions of the height (for the record's dimensions). */
export const EWER_SPAN = {
  width:
    SPOUT[SPOUT.length - 1][0] +
    SPOUT_RADII[SPOUT_RADII.length - 1][0] -
    Math.min(...HANDLE.map((p) => p[0])) +
    STRAP[1],
  depth: 2 * Math.max(...BODY.map((p) => p[0])),
};
/** The spout reaches further than the handle: shift the ewer so its footprint, not its foot, is centred on the slot. */
const SHIFT_X =
  -(
    SPOUT[SPOUT.length - 1][0] +
    SPOUT_RADII[SPOUT_RADII.length - 1][0] +
    Math.min(...HANDLE.map((p) => p[0])) -
    STRAP[1]
  ) / 2;

export function buildYueEwer(): ModelDescription {
  const h = EWER_HEIGHT_M;
  const scaled = (p: Vec3): Vec3 => [p[0] * h, p[1] * h, p[2] * h];
  const body = lathe(
    BODY.map(([r, y]) => [r * h, y * h] as ProfilePoint),
    { segments: 40 },
  );
  const spout = tube({ path: SPOUT.map(scaled), radii: SPOUT_RADII.map(([a, b]) => [a * h, b * h]), segments: 16 });
  const handle = tube({
    path: HANDLE.map(scaled),
    radii: HANDLE.map(() => [STRAP[0] * h, STRAP[1] * h]),
    segments: 12,
    across: [0, 0, 1],
  });
  // One material, so one part: the whole ewer is a single draw call in the hall.
  return {
    name: "YueCeladonEwer",
    parts: [{ name: "Ewer", material: GLAZE, mesh: translate(mergeMeshes(body, spout, handle), [SHIFT_X * h, 0, 0]) }],
  };
}
