// The 3D view as one region of the page for keyboard and screen-reader visitors: a focusable canvas with the role
// "application" (a screen reader passes the walking keys through) and a name, in the visitor's language, that says
// where it is and which keys it takes. Esc gives the keys back: the focus moves to the keyboard help's button.
import type { Lang } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { accessWords as aw } from "./accessStrings";

export interface ViewRegion {
  /** The place shown now (its name goes into the view's name). */
  setPlace(name: { en: string; zh: string } | null): void;
}

export function describeView(
  canvas: HTMLCanvasElement,
  settings: SettingsStore,
  leaveTo: HTMLElement,
  /** A card or an inspected object is open: Esc closes it first, and the view keeps the focus. */
  somethingOpen: () => boolean,
): ViewRegion {
  let place: { en: string; zh: string } | null = null;
  canvas.setAttribute("role", "application");
  const render = () => {
    const lang: Lang = settings.get().lang;
    canvas.setAttribute("aria-roledescription", aw("viewRole", lang));
    canvas.setAttribute("aria-label", aw("viewName", lang, { place: place?.[lang] ?? "" }));
    canvas.lang = lang === "zh" ? "zh-Hans" : "en";
  };
  settings.subscribe(render);
  render();
  canvas.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !document.pointerLockElement && !somethingOpen()) leaveTo.focus();
  });
  return {
    setPlace(name) {
      place = name;
      render();
    },
  };
}
