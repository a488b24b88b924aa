// The desktop's switch between the Bund of 1937 and the Bund today: a button in the heads-up bar, shown only where
// the scene has period layers, naming the layer a press will show.
import type { PeriodLayer } from "../../common/periodLayers";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { wordsOf } from "./strings";

export const LAYER_STRINGS = {
  showToday: { en: "Show the Bund today", zh: "看今日外滩" },
  show1937: { en: "Show the Bund in 1937", zh: "看1937年的外滩" },
  layerToday: { en: "Today", zh: "今日" },
  layer1937: { en: "1937", zh: "1937年" },
  switchTitle: {
    en: "Switch between the Bund as it was in 1937 and as it is today (Pudong towers, flood wall, the moved Signal Tower)",
    zh: "在1937年的外滩与今日外滩之间切换（浦东高楼、防汛墙、平移后的信号台）",
  },
} as const;
export const layerText = wordsOf(LAYER_STRINGS);

export const otherLayer = (layer: PeriodLayer): PeriodLayer => (layer === "1937" ? "today" : "1937");

export interface LayerSwitch {
  /** Shown only in a scene whose landmarks have period layers (the Bund). */
  setAvailable(on: boolean): void;
}

export function createLayerSwitch(bar: HTMLElement, settings: SettingsStore): LayerSwitch {
  const button = el("button", { id: "layer-switch", type: "button", class: "hidden" });
  bar.prepend(button);
  const render = () => {
    const { lang, layer = "1937" } = settings.get();
    button.textContent = layerText(layer === "1937" ? "showToday" : "show1937", lang);
    button.title = layerText("switchTitle", lang);
    button.dataset.layer = layer;
    button.setAttribute("aria-pressed", String(layer === "today"));
  };
  button.addEventListener("click", () => settings.update({ layer: otherLayer(settings.get().layer ?? "1937") }));
  settings.subscribe(render);
  render();
  return { setAvailable: (on) => button.classList.toggle("hidden", !on) };
}
