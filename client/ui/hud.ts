// The heads-up bar: language switch, connection state, key hints and the crosshair of mouse-look.
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { t, type StringKey } from "./i18n";
import { glyphsWhenFontsArrive } from "./webFonts";

export type NetState = "connecting" | "connected" | "reconnecting" | "offline";

export interface Hud {
  setNetState(state: NetState): void;
  setMouseLook(on: boolean): void;
  /** Shows the Enter VR button (only called when the browser offers immersive VR). */
  offerXr(enter: () => void, exit: () => void): void;
  setXr(inXr: boolean): void;
  /** Adds a control to the bar, before the language switch (the keyboard help's button). */
  add(control: HTMLElement): void;
}

export function createHud(root: HTMLElement, settings: SettingsStore): Hud {
  const langButton = el("button", { id: "lang-switch", type: "button" });
  const bar = el("div", { id: "hud" });
  const xrButton = el("button", { id: "xr-toggle", type: "button", class: "hidden" });
  let inXr = false;
  let xrActions: { enter: () => void; exit: () => void } | null = null;
  xrButton.addEventListener("click", () => (inXr ? xrActions?.exit() : xrActions?.enter()));
  const net = el("span", { id: "net-status", class: "chip", "data-state": "connecting", role: "status" });
  const hint = el("div", { id: "hint" });
  const crosshair = el("div", { id: "crosshair", class: "hidden" });
  bar.append(net, xrButton, langButton);
  root.append(bar, hint, crosshair);
  let netState: NetState = "connecting";
  const render = () => {
    const lang = settings.get().lang;
    langButton.textContent = t("switchLang", lang);
    langButton.lang = lang === "en" ? "zh-Hans" : "en"; // it names the other language, in that language
    xrButton.textContent = t(inXr ? "leaveVr" : "enterVr", lang);
    net.textContent = t(netState as StringKey, lang);
    hint.textContent = t("hint", lang);
    // Written before the museum's faces arrive: each asks for its glyphs once they do (boxes otherwise).
    for (const label of [langButton, xrButton, net, hint]) glyphsWhenFontsArrive(label, label.textContent);
  };
  langButton.addEventListener("click", () => settings.update({ lang: settings.get().lang === "en" ? "zh" : "en" }));
  settings.subscribe(render);
  render();
  return {
    setNetState(state) {
      netState = state;
      net.dataset.state = state;
      render();
    },
    setMouseLook(on) {
      crosshair.classList.toggle("hidden", !on);
    },
    offerXr(enter, exit) {
      xrActions = { enter, exit };
      xrButton.classList.remove("hidden");
    },
    setXr(on) {
      inXr = on;
      render();
    },
    add(control) {
      bar.insertBefore(control, langButton);
    },
  };
}
