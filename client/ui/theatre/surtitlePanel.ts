// The theatre's surtitles on the desktop, above the stage: the line sung now in Chinese, English or both, pinyin
// over the characters on demand (ruby), the role singing it; a click on the line opens its gloss (the line with its
// pinyin, the words explained with their sources, variants between copies). The panel also carries the seats, the
// percussion sound switch and the notice that there is no recording of the music.
import "./theatre.css";
import type { LocalizedText, Lang } from "../../../common/sceneParts";
import type { Libretto } from "../../../common/theatre/libretto";
import type { PercussionBeat } from "../../../common/theatre/choreography";
import { lineGloss } from "../../state/lineGloss";
import { cueIndexAt, cueText, type SurtitleCue } from "../../state/surtitleFile";
import { el } from "../dom";
import { theatreWords, type TheatreWord } from "./theatreStrings";

export type SurtitleLang = "zh" | "en" | "both";

/** How long a beat's caption stays: long enough to read a word, short enough not to run into the next beat. */
const CAPTION_MS = 900;

export interface SurtitleReport {
  cueId: string | null;
  lang: SurtitleLang;
  pinyin: boolean;
  /** The cue whose gloss is open, or null. */
  gloss: string | null;
  /** The last percussion beat's caption while it shows ("[drum]"), else "". */
  beat: string;
}

export interface SurtitlePanel {
  readonly element: HTMLElement;
  /** Once a frame: the performance's position, and the beats that fell in this frame. */
  update(ms: number, beats: readonly PercussionBeat[]): void;
  setLang(lang: SurtitleLang): void;
  setPinyin(on: boolean): void;
  /** Opens a line's gloss (what a click on the line does); null closes it. */
  openGloss(cueId: string | null): void;
  report(): SurtitleReport;
  dispose(): void;
}

export interface SurtitleParts {
  root: HTMLElement;
  uiLang: Lang;
  libretto: Libretto;
  surtitles: { zh: SurtitleCue[]; en: SurtitleCue[] };
  seats: readonly { id: string; name: LocalizedText }[];
  onSeat(id: string): void;
  onSound(on: boolean): void;
}

/** A cue's Chinese as ruby (pinyin above each character) or plain text. */
function zhLine(cue: SurtitleCue, pinyin: boolean): HTMLElement {
  const p = el("p", { class: "surtitle-zh", lang: "zh-Hans" });
  for (const r of cue.runs) {
    if ("ruby" in r && pinyin) p.append(el("ruby", {}, r.text, el("rt", {}, r.ruby)));
    else p.append(r.text);
  }
  return p;
}

const enLine = (cue: SurtitleCue) =>
  el("p", { class: "surtitle-en", lang: "en" }, cue.runs.map((r) => r.text).join(""));

export function createSurtitlePanel(parts: SurtitleParts): SurtitlePanel {
  const { libretto, surtitles, uiLang } = parts;
  const w = (k: TheatreWord) => theatreWords[k][uiLang];
  let lang: SurtitleLang = uiLang;
  let pinyin = false;
  let index = -2; // nothing drawn yet
  let gloss: string | null = null;

  const line = el("div", { class: "surtitle-line", role: "button", tabindex: "0", title: w("glossHint") });
  const role = el("span", { class: "surtitle-role" });
  const text = el("div", { class: "surtitle-text" });
  line.append(role, text);
  const glossBox = el("aside", { class: "surtitle-gloss hidden", "aria-live": "polite" });
  // A screen reader hears each line as it is sung (the singer, then the words in the language chosen): the lines are
  // what a visitor who cannot see the stage has of the performance. Polite: it waits for the reader to finish.
  const spoken = el("div", { class: "sr-only", role: "log", "aria-live": "polite" });
  const beat = el("span", { class: "surtitle-beat", "aria-hidden": "true" });
  // Each beat is captioned in words too (a deaf visitor, or one with the sound off, is not left with a colour alone);
  // not announced to screen readers, for whom a caption every few seconds would drown the surtitles.
  const beatCaption = el("span", { class: "surtitle-beat-caption", "aria-hidden": "true" });
  const notice = el("p", { class: "surtitle-notice" }, beat, beatCaption, w("noRecording"));

  const langButtons = (["zh", "en", "both"] as const).map((l) => {
    const b = el(
      "button",
      { type: "button", "data-lang": l },
      w(l === "zh" ? "langZh" : l === "en" ? "langEn" : "langBoth"),
    );
    b.addEventListener("click", () => panel.setLang(l));
    return b;
  });
  const pinyinButton = el("button", { type: "button", "data-pinyin": "" }, w("pinyin"));
  pinyinButton.addEventListener("click", () => panel.setPinyin(!pinyin));
  const soundButton = el("button", { type: "button", "data-sound": "" }, w("sound"));
  let sound = false;
  soundButton.addEventListener("click", () => {
    sound = !sound;
    soundButton.setAttribute("aria-pressed", String(sound));
    parts.onSound(sound);
  });
  const seatButtons = parts.seats.map((s) => {
    const b = el("button", { type: "button", "data-seat": s.id }, s.name[uiLang]);
    b.addEventListener("click", () => parts.onSeat(s.id));
    return b;
  });
  const credits = el(
    "details",
    { class: "surtitle-credits" },
    el("summary", {}, w("credits")),
    el("p", {}, `${libretto.title[uiLang]} — ${libretto.author[uiLang]}`),
    el("p", {}, `${w("edition")}: ${libretto.edition.name[uiLang]}. ${libretto.edition.status[uiLang]}`),
    el("p", {}, libretto.edition.omitted[uiLang]),
    ...Object.values(libretto.credits).map((c) => el("p", {}, c[uiLang])),
  );
  const element = el(
    "section",
    { id: "theatre-panel", class: "theatre-panel", "aria-label": w("panel") },
    el("div", { class: "surtitle-controls" }, ...langButtons, pinyinButton, soundButton),
    line,
    spoken,
    glossBox,
    notice,
    el("div", { class: "surtitle-seats" }, el("span", {}, w("seats")), ...seatButtons),
    credits,
  );
  parts.root.append(element);

  const roleName = (cue: SurtitleCue) => {
    const r = libretto.roles.find((x) => x.voice.zh === cue.voice || x.voice.en === cue.voice);
    return r ? r.voice[uiLang] : cue.voice;
  };

  const draw = () => {
    const zh = surtitles.zh[index];
    const en = surtitles.en[index];
    for (const b of langButtons) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    pinyinButton.setAttribute("aria-pressed", String(pinyin));
    line.dataset.cue = zh?.id ?? "";
    if (!zh) {
      role.textContent = "";
      text.replaceChildren();
      line.classList.add("between");
      return;
    }
    line.classList.remove("between");
    role.textContent = roleName(zh);
    text.replaceChildren(...(lang !== "en" ? [zhLine(zh, pinyin)] : []), ...(lang !== "zh" && en ? [enLine(en)] : []));
  };

  /** Puts the line just begun in the live region, each language in its own paragraph so it is read in its voice. */
  const speak = () => {
    const zh = surtitles.zh[index];
    const en = surtitles.en[index];
    if (!zh) return;
    const singer = libretto.roles.find((x) => x.voice.zh === zh.voice || x.voice.en === zh.voice)?.voice;
    spoken.replaceChildren(
      ...(lang !== "en" ? [el("p", { lang: "zh-Hans" }, `${singer?.zh ?? zh.voice}：${cueText(zh)}`)] : []),
      ...(lang !== "zh" && en ? [el("p", { lang: "en" }, `${singer?.en ?? en.voice}: ${cueText(en)}`)] : []),
    );
  };

  const drawGloss = () => {
    const g = gloss === null ? null : lineGloss(libretto, surtitles, gloss);
    if (!g) {
      glossBox.classList.add("hidden");
      glossBox.replaceChildren();
      return;
    }
    const close = el("button", { type: "button", class: "close" }, "✕");
    close.addEventListener("click", () => panel.openGloss(null));
    glossBox.dataset.cue = g.cueId;
    glossBox.replaceChildren(
      close,
      el("h3", {}, `${g.tune[uiLang]} · ${g.role[uiLang]}`),
      zhLine(g.zhCue, true),
      el("p", { class: "surtitle-en", lang: "en" }, g.en),
      el(
        "dl",
        {},
        ...g.glosses.flatMap((x) => [
          el("dt", { lang: "zh-Hans" }, x.term),
          el("dd", {}, x.note[uiLang], el("cite", {}, ` — ${x.source[uiLang]}`)),
        ]),
        ...g.readings.flatMap((r) => [el("dt", { lang: "zh-Hans" }, r.term), el("dd", {}, r.note[uiLang])]),
        ...g.variants.flatMap((v) => [
          el("dt", { lang: "zh-Hans" }, `${w("variant")}: ${v.reading}`),
          el("dd", {}, v.note[uiLang]),
        ]),
      ),
    );
    glossBox.classList.remove("hidden");
  };

  const openCurrent = () => {
    const id = line.dataset.cue;
    if (id) panel.openGloss(id);
  };
  line.addEventListener("click", openCurrent);
  line.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") openCurrent();
  });

  let beatTimer: ReturnType<typeof setTimeout> | undefined;
  let captionTimer: ReturnType<typeof setTimeout> | undefined;
  const panel: SurtitlePanel = {
    element,
    update(ms, beats) {
      const i = cueIndexAt(surtitles.zh, ms);
      if (i !== index) {
        index = i;
        draw();
        speak();
      }
      if (beats.length) {
        beat.className = `surtitle-beat ${beats[beats.length - 1].kind}`;
        clearTimeout(beatTimer);
        beatTimer = setTimeout(() => (beat.className = "surtitle-beat"), 120);
        beatCaption.textContent = w(beats[beats.length - 1].kind === "ban" ? "beatBan" : "beatGu");
        clearTimeout(captionTimer);
        captionTimer = setTimeout(() => (beatCaption.textContent = ""), CAPTION_MS);
      }
    },
    setLang(l) {
      lang = l;
      draw();
    },
    setPinyin(on) {
      pinyin = on;
      draw();
    },
    openGloss(id) {
      gloss = id;
      drawGloss();
    },
    report: () => ({
      cueId: surtitles.zh[index]?.id ?? null,
      lang,
      pinyin,
      gloss,
      beat: beatCaption.textContent ?? "",
    }),
    dispose() {
      clearTimeout(beatTimer);
      clearTimeout(captionTimer);
      element.remove();
    },
  };
  draw();
  return panel;
}
