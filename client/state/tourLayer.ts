// A tour's period layer reaching its members: when the guide switches the Bund between 1937 and today, each member's
// view follows (on joining too); a member may still switch alone, until the guide switches again.
import type { PeriodLayer } from "../../common/periodLayers";
import type { SettingsStore } from "./settings";
import type { TourView } from "./tourStore";

/** A tour store listener that carries the tour's layer into the visitor's settings when the tour's layer changes. */
export function followTourLayer(settings: Pick<SettingsStore, "get" | "update">): (v: TourView | null) => void {
  let seen: PeriodLayer | null = null;
  return (v) => {
    const layer = v?.live?.layer ?? null;
    if (layer === seen) return;
    seen = layer;
    if (layer && (settings.get().layer ?? "1937") !== layer) settings.update({ layer });
  };
}
