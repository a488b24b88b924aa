// A surtitle line's gloss, as the desktop panel and the VR reading panel both show it: the line in Chinese with its
// pinyin and in English, the tune and the singer, the words explained with their sources, the readings checked by
// hand, and where copies of the text differ. Pure: the libretto and the surtitle cues in, plain data out.
import type { LocalizedText } from "../../common/sceneParts";
import type { Libretto } from "../../common/theatre/libretto";
import { cuePinyin, cueText, type SurtitleCue } from "./surtitleFile";

export interface LineGloss {
  cueId: string;
  tune: LocalizedText;
  /** The singer, as the surtitles name them in each language. */
  role: LocalizedText;
  zhCue: SurtitleCue;
  zh: string;
  pinyin: string;
  en: string;
  glosses: { term: string; note: LocalizedText; source: LocalizedText }[];
  /** Polyphonic characters read here as checked by hand: "忒 tuī". */
  readings: { term: string; note: LocalizedText }[];
  variants: { reading: string; note: LocalizedText }[];
}

/** The gloss of line `cueId`, or null when no such line has one. */
export function lineGloss(
  libretto: Libretto,
  surtitles: { zh: readonly SurtitleCue[]; en: readonly SurtitleCue[] },
  cueId: string,
): LineGloss | null {
  const i = surtitles.zh.findIndex((c) => c.id === cueId);
  const entry = libretto.lines.find((l) => l.cue === cueId);
  if (i < 0 || !entry) return null;
  const zhCue = surtitles.zh[i];
  const en = surtitles.en.find((c) => c.id === cueId);
  const role = libretto.roles.find((r) => r.voice.zh === zhCue.voice || r.voice.en === zhCue.voice);
  return {
    cueId,
    tune: entry.tune,
    role: role ? role.voice : { zh: zhCue.voice, en: en?.voice ?? zhCue.voice },
    zhCue,
    zh: cueText(zhCue),
    pinyin: cuePinyin(zhCue),
    en: en ? cueText(en) : "",
    glosses: entry.glosses.map((g) => ({ term: g.term, note: g.note, source: g.source.citation })),
    readings: libretto.readings
      .filter((r) => r.cue === cueId)
      .map((r) => ({ term: `${r.char} ${r.pinyin}`, note: r.note })),
    variants: entry.variants ?? [],
  };
}
