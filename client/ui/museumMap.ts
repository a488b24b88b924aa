// The museum map: every place a visitor can go (the Bund and each hall), the current one marked, each with its
// reconstruction note.
import type { LocalizedText } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { ct } from "./claimStrings";
import { el } from "./dom";
import { t } from "./i18n";

export interface PlaceSummary {
  id: string;
  kind: string;
  name: LocalizedText;
  /** What is reconstructed, moved or illustrative in the place (the scene's reconstructionNote). */
  note?: LocalizedText;
}

export interface MuseumMap {
  open(): void;
  close(): void;
  setPlaces(places: readonly PlaceSummary[]): void;
  setCurrent(id: string): void;
}

export function createMuseumMap(
  root: HTMLElement,
  settings: SettingsStore,
  onGo: (sceneId: string) => void,
): MuseumMap {
  const panel = el("nav", { id: "museum-map", class: "hidden" });
  root.append(panel);
  let places: readonly PlaceSummary[] = [];
  let current = "";
  const render = () => {
    const lang = settings.get().lang;
    const close = el("button", { type: "button", class: "close" }, `✕ ${t("close", lang)}`);
    close.addEventListener("click", hide);
    const items = places.map((p) => {
      const here = p.id === current;
      const button = el(
        "button",
        { type: "button", "data-scene": p.id },
        p.name[lang],
        here ? el("span", { class: "here" }, ` · ${t("youAreHere", lang)}`) : null,
      );
      button.disabled = here;
      button.addEventListener("click", () => {
        hide();
        onGo(p.id);
      });
      const note =
        p.note && el("details", { class: "place-note" }, el("summary", {}, ct("reconstruction", lang)), p.note[lang]);
      return el("li", { class: p.kind }, button, note);
    });
    panel.replaceChildren(close, el("h2", {}, t("map", lang)), el("ul", {}, ...items));
  };
  // Esc closes, and the focus goes back where it was when the map opened (the Map button, or the 3D view).
  let returnTo: HTMLElement | null = null;
  const hide = () => {
    if (panel.classList.contains("hidden")) return;
    panel.classList.add("hidden");
    if (panel.contains(document.activeElement)) returnTo?.focus();
    returnTo = null;
  };
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      hide();
    }
  });
  settings.subscribe(render);
  return {
    open() {
      if (!panel.contains(document.activeElement))
        returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      render();
      panel.classList.remove("hidden");
      panel.querySelector<HTMLButtonElement>("ul button:not(:disabled)")?.focus();
    },
    close: hide,
    setPlaces(p) {
      places = p;
      render();
    },
    setCurrent(id) {
      current = id;
      render();
    },
  };
}
