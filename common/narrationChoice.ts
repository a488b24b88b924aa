// The one rule for which narration recording a visitor hears and which captions go with it (no zod: the client
// loads this). Every reader (the exhibit card, the tour's narration player) asks it, so they cannot disagree.
import type { NarrationMedia } from "./narrationMedia";

type Lang = "en" | "zh";

export interface NarrationChoice {
  /** The recording to play (a path under assets/). */
  audio: string;
  /** The language spoken in it: its captions are the ones timed to it. */
  lang: Lang;
  /** The captions of that language (a path under assets/). */
  captions: string;
}

/**
 * The recording in the visitor's language where there is one; else the other language's recording, still with the
 * captions of the language it is spoken in (captions of the visitor's language would be timed to a recording that
 * is not playing). null when the narration has no recording at all.
 */
export function chooseNarration(media: NarrationMedia | undefined, lang: Lang): NarrationChoice | null {
  if (!media) return null;
  const own = lang === "zh" ? media.audioZh : media.audio;
  const spokenLang: Lang = own ? lang : lang === "zh" ? "en" : "zh";
  const audio = own ?? (spokenLang === "zh" ? media.audioZh : media.audio);
  return audio ? { audio, lang: spokenLang, captions: media.captions[spokenLang] } : null;
}
