// The inspection card: an artifact's full record beside the turning object, and its narration with captions.
import type { Artifact } from "../../common/catalog";
import { CATEGORY_NAMES, MATERIAL_NAMES, formatYears } from "../../common/catalogNames";
import { chooseNarration } from "../../common/narrationChoice";
import type { Lang } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { recordRows } from "./recordRows";
import { t } from "./i18n";

export interface InspectionCard {
  show(record: Artifact, onClose: () => void): void;
  hide(): void;
  /** Adds a part below the record (drawn again in the new language on a switch) until another record is shown. */
  attach(id: string, part: (lang: Lang) => Node): void;
  shown(): { id: string; title: string; lang: Lang } | null;
  /** The narration's state, for automation: playing, where it is, and the caption on screen. */
  narration(): { playing: boolean; positionSec: number; caption: string } | null;
}

const assetUrl = (path: string) => `/assets/${path}`;

export function createInspectionCard(root: HTMLElement, settings: SettingsStore): InspectionCard {
  const card = el("section", { id: "inspection", class: "hidden", "aria-live": "polite" });
  root.append(card);
  let current: Artifact | null = null;
  let closeHandler: (() => void) | null = null;
  let audio: HTMLAudioElement | null = null;
  let caption: HTMLElement | null = null;
  let attached: ((lang: Lang) => Node)[] = [];

  const stopNarration = () => {
    audio?.pause();
    audio?.remove();
    audio = null;
  };

  /** Native WebVTT parsing: the audio element's text track in "hidden" mode gives cues without drawing them. */
  const narrationControls = (a: Artifact, lang: Lang): HTMLElement | null => {
    if (!a.narration) return null;
    caption = el("p", { class: "caption", "aria-live": "polite" });
    const row = el("div", { class: "narration" });
    // The one rule (common/narrationChoice.ts): the visitor's language where recorded, captions timed to it.
    const spoken = chooseNarration(a.narration, lang);
    if (!spoken) {
      row.append(
        el(
          "a",
          { href: assetUrl(a.narration.captions[lang]), target: "_blank", rel: "noopener" },
          t("transcript", lang),
        ),
      );
      return row;
    }
    stopNarration();
    audio = el("audio", { preload: "metadata", src: assetUrl(spoken.audio) });
    const track = el("track", {
      kind: "captions",
      srclang: spoken.lang === "zh" ? "zh-Hans" : "en",
      src: assetUrl(spoken.captions),
      default: "",
    });
    audio.append(track);
    card.append(audio);
    track.track.mode = "hidden";
    const shownCaption = caption;
    track.addEventListener("cuechange", () => {
      const cue = track.track.activeCues?.[0] as (TextTrackCue & { text?: string }) | undefined;
      shownCaption.textContent = cue?.text ?? "";
    });
    const play = el("button", { type: "button", class: "play" }, `▶ ${t("playNarration", lang)}`);
    const player = audio;
    play.addEventListener("click", () => {
      if (player.paused) void player.play().catch((err) => console.warn("Narration could not play", err));
      else player.pause();
    });
    player.addEventListener("play", () => (play.textContent = `❚❚ ${t("pauseNarration", lang)}`));
    player.addEventListener("pause", () => (play.textContent = `▶ ${t("playNarration", lang)}`));
    row.append(play, shownCaption);
    return row;
  };

  const render = () => {
    if (!current) return;
    const a = current;
    const lang = settings.get().lang;
    const close = el("button", { class: "close", type: "button" }, `✕ ${t("close", lang)}`);
    close.addEventListener("click", () => hide());
    const d = a.dimensions;
    const rows: [string, string][] = [
      [t("period", lang), `${a.period.name[lang]}, ${formatYears(a.period.startYear, a.period.endYear, lang)}`],
      [t("material", lang), MATERIAL_NAMES[a.material][lang]],
      [t("dimensions", lang), `${d.heightCm} × ${d.widthCm} × ${d.depthCm} cm`],
      [t("department", lang), CATEGORY_NAMES[a.category][lang]],
      [t("accession", lang), a.accession],
      [t("provenance", lang), a.provenance[lang]],
      [t("credit", lang), a.creditLine[lang]],
      ...recordRows(a, lang),
    ];
    const parts: (Node | null)[] = [
      close,
      el("h2", {}, a.title[lang]),
      a.illustrative ? el("p", { class: "illustrative" }, t("illustrative", lang)) : null,
      el("p", { class: "description" }, a.description[lang]),
      el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
      narrationControls(a, lang),
      el("p", { class: "hint" }, t("inspectHint", lang)),
      ...attached.map((part) => part(lang)),
    ];
    card.replaceChildren(...parts.filter((p): p is Node => p !== null));
    card.dataset.item = a.id;
    card.lang = lang === "zh" ? "zh-Hans" : "en";
  };
  const hide = () => {
    if (!current) return;
    current = null;
    stopNarration();
    card.classList.add("hidden");
    delete card.dataset.item;
    const done = closeHandler;
    closeHandler = null;
    done?.();
  };
  settings.subscribe(() => {
    if (current) render();
  });
  window.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
  });
  return {
    show(record, onClose) {
      if (current) hide();
      current = record;
      attached = [];
      closeHandler = onClose;
      render();
      card.classList.remove("hidden");
    },
    hide,
    attach(id, part) {
      if (current?.id !== id) return;
      attached.push(part);
      card.append(part(settings.get().lang));
    },
    shown: () =>
      current ? { id: current.id, title: current.title[settings.get().lang], lang: settings.get().lang } : null,
    narration: () =>
      audio ? { playing: !audio.paused, positionSec: audio.currentTime, caption: caption?.textContent ?? "" } : null,
  };
}
