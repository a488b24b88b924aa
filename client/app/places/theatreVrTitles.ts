// The theatre's surtitles in VR (client/xr/theatreTitles.ts), fed each frame from what the desktop panel shows: the
// same cue (the same search in client/state/surtitleFile.ts at the same position), its language and pinyin. The
// card's code loads with the first VR frame in the theatre and goes when the visitor leaves VR. Selecting the line on
// the card opens its gloss (client/state/lineGloss.ts) on the headset's reading panel, as a click does on the desktop.
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Pose } from "../../../common/pose";
import type { Lang, LocalizedText } from "../../../common/sceneParts";
import type { Libretto } from "../../../common/theatre/libretto";
import { lineGloss, type LineGloss } from "../../state/lineGloss";
import { cueIndexAt, type SurtitleCue } from "../../state/surtitleFile";
import type { PlaceReading } from "../../render/sceneView";
import type { SurtitlePanel } from "../../ui/theatre/surtitlePanel";
import { theatreWords } from "../../ui/theatre/theatreStrings";
import type { TheatreTitles, VrTitleReport } from "../../xr/theatreTitles";

export interface VrTitles {
  /** Once a frame: the performance's position and the head (null outside VR). */
  frame(ms: number, head: Pose | null, now: number): void;
  report(): VrTitleReport | null;
  /** The gloss the visitor asked for on the card, for the reading panel; taken once. */
  takeReading(): PlaceReading | null;
  dispose(): void;
}

const bothLangs = (f: (lang: Lang) => string): LocalizedText => ({ en: f("en"), zh: f("zh") });

/** A line's gloss as the reading panel's text: the line in Chinese, pinyin and English, then each note. */
export function glossReading(g: LineGloss): PlaceReading {
  const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");
  return {
    id: `gloss:${g.cueId}`,
    title: bothLangs((lang) => `${g.tune[lang]} · ${g.role[lang]}`),
    subtitle: theatreWords.glossTitle,
    body: bothLangs((lang) =>
      [
        [g.zh, g.pinyin, g.en].filter(Boolean).join("\n"),
        ...g.glosses.map((x) => `${x.term}${colon(lang)}${x.note[lang]} — ${x.source[lang]}`),
        ...g.readings.map((r) => `${r.term}${colon(lang)}${r.note[lang]}`),
        ...g.variants.map((v) => `${theatreWords.variant[lang]} ${v.reading}${colon(lang)}${v.note[lang]}`),
      ].join("\n\n"),
    ),
  };
}

export function createVrTitles(
  scene: BabylonScene,
  panel: SurtitlePanel,
  libretto: Libretto,
  surtitles: { zh: SurtitleCue[]; en: SurtitleCue[] },
  uiLang: Lang,
): VrTitles {
  let titles: TheatreTitles | null = null;
  let loading = false;
  let disposed = false;
  let asked: PlaceReading | null = null;
  const open = () => {
    if (titles || loading) return;
    loading = true;
    import("../../xr/theatreTitles").then(
      ({ createTheatreTitles }) => {
        loading = false;
        if (!disposed && !scene.isDisposed)
          titles = createTheatreTitles(scene, {
            setLang: (l) => panel.setLang(l),
            setPinyin: (on) => panel.setPinyin(on),
            openGloss(cueId) {
              const g = lineGloss(libretto, surtitles, cueId);
              if (!g) return;
              panel.openGloss(cueId); // the desktop panel shows it too, for when the visitor takes the headset off
              asked = glossReading(g);
            },
          });
      },
      (err: unknown) => {
        loading = false;
        console.warn("The theatre's VR surtitles could not be loaded", err);
      },
    );
  };
  /** The singer in the visitor's language; both names when reading both languages. */
  const roleOf = (cue: SurtitleCue, lang: string) => {
    const r = libretto.roles.find((x) => x.voice.zh === cue.voice || x.voice.en === cue.voice);
    if (!r) return cue.voice;
    return lang === "both"
      ? `${r.voice.zh} ${r.voice.en}`
      : r.voice[lang === "zh" ? "zh" : lang === "en" ? "en" : uiLang];
  };
  return {
    frame(ms, head, now) {
      if (!head) {
        titles?.dispose();
        titles = null;
        return;
      }
      open();
      if (!titles) return;
      const i = cueIndexAt(surtitles.zh, ms);
      const { lang, pinyin, beat } = panel.report();
      const zh = surtitles.zh[i] ?? null;
      titles.frame(
        { zh, en: surtitles.en[i] ?? null, role: zh ? roleOf(zh, lang) : "", lang, pinyin, beat },
        head,
        now,
      );
    },
    report: () => titles?.report() ?? null,
    takeReading() {
      const r = asked;
      asked = null;
      return r;
    },
    dispose() {
      disposed = true;
      titles?.dispose();
      titles = null;
    },
  };
}
