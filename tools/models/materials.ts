// PBR metallic-roughness material descriptions for the models, with colours picked in sRGB and stored linear.

export interface MaterialSpec {
  name: string;
  /** Linear RGBA, as glTF's baseColorFactor requires. */
  baseColor: [number, number, number, number];
  metallic: number;
  roughness: number;
  /** Linear RGB; non-zero makes the surface glow without a light (the lamp globe at dusk). */
  emissive?: [number, number, number];
}

function channelToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * Converts "#rrggbb" to linear RGB rounded to 4 decimals. glTF colour factors are linear,
 * but people (and reference photos) give colours in sRGB; the rounding keeps the JSON tidy.
 */
export function srgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`srgb(): expected #rrggbb, got "${hex}"`);
  const lin = (h: string): number => Math.round(channelToLinear(parseInt(h, 16) / 255) * 1e4) / 1e4;
  return [lin(m[1]), lin(m[2]), lin(m[3])];
}

export function opaque(hex: string): [number, number, number, number] {
  return [...srgb(hex), 1];
}
