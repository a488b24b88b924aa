// The two period layers the Bund can show, 1937 and today, and what each draws of a landmark: free of zod, so the
// client's start-up bundle can carry it (the schemas are in common/landmarkHistory.ts).
import type { LandmarkLayers } from "./landmarkHistory";

export const PERIOD_LAYERS = ["1937", "today"] as const;
export type PeriodLayer = (typeof PERIOD_LAYERS)[number];

export const isPeriodLayer = (v: unknown): v is PeriodLayer => v === "1937" || v === "today";

/** Whether a landmark with these layers is drawn in a layer (absent and lost things are not, unless kept as a reminder). */
export function shownIn(layers: LandmarkLayers | undefined, layer: PeriodLayer): boolean {
  const state = layers?.[layer];
  if (!state) return true;
  return state.shown ?? (state.state !== "absent" && state.state !== "lost");
}

/** Where a landmark stands in a layer: moved by its layer's offset (the Signal Tower after 1993). */
export function placeIn(
  l: { position: { x: number; z: number }; layers?: LandmarkLayers },
  layer: PeriodLayer,
): { x: number; z: number } {
  const offset = l.layers?.[layer].offset;
  return offset ? { x: l.position.x + offset.x, z: l.position.z + offset.z } : l.position;
}

/** Whether a scene's landmarks differ between the layers at all (the Bund does; a hall does not). */
export const hasLayers = (landmarks: readonly { layers?: LandmarkLayers }[]): boolean =>
  landmarks.some((l) => l.layers !== undefined);
