// The theatre's surtitles in VR (client/xr/theatreTitles.ts), fed each frame from what the desktop panel shows: the
// same cue (the same search in client/state/surtitleFile.ts at the same position), its language and pinyin. The
// card's code loads with the first VR frame in the theatre and goes when the visitor leaves VR.
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Pose } from "../../../common/pose";
import type { Lang } from "../../../common/sceneParts";
import type { Libretto } from "../../../common/theatre/libretto";
import { cueIndexAt, type SurtitleCue } from "../../state/surtitleFile";
import type { SurtitlePanel } from "../../ui/theatre/surtitlePanel";
import type { TheatreTitles, VrTitleReport } from "../../xr/theatreTitles";

export interface VrTitles {
  /** Once a frame: the performance's position and the head (null outside VR). */
  frame(ms: number, head: Pose | null, now: number): void;
  report(): VrTitleReport | null;
  dispose(): void;
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
      const { lang, pinyin } = panel.report();
      const zh = surtitles.zh[i] ?? null;
      titles.frame({ zh, en: surtitles.en[i] ?? null, role: zh ? roleOf(zh, lang) : "", lang, pinyin }, head, now);
    },
    report: () => titles?.report() ?? null,
    dispose() {
      disposed = true;
      titles?.dispose();
      titles = null;
    },
  };
}
