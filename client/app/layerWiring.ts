// The period layer shown (1937 or today): the visitor's choice in the settings — made with the desktop switch, the VR
// menu, a tour's guide or the automation handle — applied to every place that has layers as it is shown.
import type { Engine } from "@babylonjs/core/Engines/engine";
import { hasLayers, isPeriodLayer, type PeriodLayer } from "../../common/periodLayers";
import type { SettingsStore } from "../state/settings";
import { createLayerSwitch } from "../ui/layerSwitch";
import { nextFrames } from "./nextFrames";
import type { Visit } from "./visit";

export interface LayerHandle {
  /** The period layer shown: "1937" or "today". */
  layer(): PeriodLayer;
  /** What the switch does; resolves once a frame with that layer has been drawn. */
  setLayer(layer: PeriodLayer): Promise<void>;
}

export function wireLayers(o: { ui: HTMLElement; settings: SettingsStore; visit: Visit; engine: Engine }): LayerHandle {
  const bar = o.ui.querySelector<HTMLElement>("#hud") ?? o.ui;
  const button = createLayerSwitch(bar, o.settings);
  const current = () => o.settings.get().layer ?? "1937";
  let shown: PeriodLayer | null = null;
  const apply = () => {
    const view = o.visit.view();
    if (!view || shown === current()) return;
    shown = current();
    view.showLayer(shown);
  };
  o.visit.onShown((view) => {
    shown = null; // a new scene starts in 1937
    button.setAvailable(hasLayers(view.data.landmarks));
    apply();
  });
  o.settings.subscribe(apply);
  return {
    layer: current,
    async setLayer(layer) {
      if (!isPeriodLayer(layer))
        throw new Error(`setLayer: "${String(layer)}" is not a period layer ("1937" or "today")`);
      o.settings.update({ layer });
      await nextFrames(o.engine, 1);
    },
  };
}
