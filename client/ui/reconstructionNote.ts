// The reconstruction note a visitor meets on arriving in a place: what is reconstructed, moved or illustrative there.
import type { LocalizedText } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { ct } from "./claimStrings";
import "./claims.css";
import { el } from "./dom";

export interface ReconstructionNote {
  /** Shows the place's note, unless the visitor already dismissed it for this place during the visit. */
  arrive(placeId: string, note: LocalizedText): void;
  hide(): void;
  /** The place whose note is on screen, or null. */
  shown(): string | null;
}

export function createReconstructionNote(root: HTMLElement, settings: SettingsStore): ReconstructionNote {
  const box = el("aside", { id: "reconstruction-note", class: "hidden", role: "note", "aria-live": "polite" });
  root.append(box);
  const dismissed = new Set<string>();
  let current: { id: string; note: LocalizedText } | null = null;
  const render = () => {
    if (!current) return;
    const lang = settings.get().lang;
    const ok = el("button", { type: "button" }, ct("dismiss", lang));
    ok.addEventListener("click", () => {
      if (current) dismissed.add(current.id);
      hide();
    });
    box.replaceChildren(el("h2", {}, ct("reconstruction", lang)), el("p", {}, current.note[lang]), ok);
    box.lang = lang === "zh" ? "zh-Hans" : "en";
    box.dataset.place = current.id;
  };
  const hide = () => {
    current = null;
    box.classList.add("hidden");
    delete box.dataset.place;
  };
  settings.subscribe(render);
  return {
    arrive(id, note) {
      if (dismissed.has(id)) return hide();
      current = { id, note };
      render();
      box.classList.remove("hidden");
    },
    hide,
    shown: () => current?.id ?? null,
  };
}
