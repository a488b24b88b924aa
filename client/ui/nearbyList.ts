// The list of what is nearby, for visitors who cannot look around: a dialog (the "Nearby" button, or the key N) with
// the landmarks, objects and doorways nearest first, each with its distance and clock direction, and buttons to go
// there, to read it, or to go through a doorway. Keeps the focus while open; Esc closes it and the focus goes back.
import type { Lang } from "../../common/sceneParts";
import type { NearbyPoint } from "../state/nearbyPoints";
import type { SettingsStore } from "../state/settings";
import { accessWords as aw } from "./accessStrings";
import { el } from "./dom";
import { createModalDialog } from "./modalDialog";
import { t } from "./i18n";

export interface NearbyActions {
  /** The points nearby now, nearest first. */
  points(): NearbyPoint[];
  goTo(point: NearbyPoint): void;
  read(point: NearbyPoint): void;
}

export interface NearbyList {
  readonly button: HTMLButtonElement;
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export function createNearbyList(root: HTMLElement, settings: SettingsStore, act: NearbyActions): NearbyList {
  const button = el("button", { type: "button", id: "nearby-open", "aria-haspopup": "dialog" });
  const title = el("h2", { id: "nearby-title" });
  const intro = el("p", { id: "nearby-intro" });
  const list = el("ul", { id: "nearby-points" });
  const close = el("button", { type: "button", id: "nearby-close" });
  // The rows are drawn as the dialog opens (render), and the first "Go there" takes the focus.
  const dialog = createModalDialog(
    root,
    { id: "nearby", title, intro, body: [list, close], fallback: button },
    () => render(),
    () => list.querySelector("button") ?? close,
  );

  const row = (p: NearbyPoint, lang: Lang) => {
    const name = aw("nearbyRow", lang, { name: p.name[lang], metres: Math.round(p.distance), clock: p.clock });
    const go = el("button", { type: "button", "data-point": p.id, "data-act": "go" }, aw("goThere", lang));
    go.setAttribute("aria-label", `${aw("goThere", lang)}: ${p.name[lang]}`);
    go.addEventListener("click", () => (dialog.close(), act.goTo(p)));
    const readWord = p.kind === "doorway" ? aw("goThrough", lang) : aw("readIt", lang);
    const read = el("button", { type: "button", "data-point": p.id, "data-act": "read" }, readWord);
    read.setAttribute("aria-label", `${readWord}: ${p.name[lang]}`);
    read.addEventListener("click", () => (dialog.close(), act.read(p)));
    return el("li", {}, el("span", {}, name), go, read);
  };
  const render = () => {
    const lang = settings.get().lang;
    button.textContent = aw("nearbyOpen", lang);
    title.textContent = aw("nearbyTitle", lang);
    intro.textContent = aw("nearbyIntro", lang);
    close.textContent = t("close", lang);
    dialog.element.lang = lang === "zh" ? "zh-Hans" : "en";
    if (!dialog.isOpen()) return;
    const points = act.points();
    list.replaceChildren(...(points.length ? points.map((p) => row(p, lang)) : [el("li", {}, aw("nearbyNone", lang))]));
  };
  settings.subscribe(render);
  render();
  button.addEventListener("click", dialog.open);
  close.addEventListener("click", dialog.close);
  window.addEventListener("keydown", (e) => {
    const target = e.target as HTMLElement | null;
    const own = !target || target === document.body || target.id === "museum-canvas";
    if (e.code === "KeyN" && !e.repeat && own && !dialog.isOpen()) {
      e.preventDefault();
      dialog.open();
    }
  });
  return { button, open: dialog.open, close: dialog.close, isOpen: dialog.isOpen };
}
