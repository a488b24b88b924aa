// Narration of the highlights: scripts into cues, caption files, and the narration fields of their records.
import { createHash } from "node:crypto";
import type { Lang } from "../../common/sceneParts";
import { cuesOf, estimateDurations, webVtt } from "./captions";
import type { Built } from "./records";
import { VOICES } from "./speech";

export interface NarrationText {
  id: string;
  lang: Lang;
  cues: string[];
  /** Changes whenever the words or the voice change, so stale audio is never paired with new captions. */
  hash: string;
}

/** Measured cue durations of audio already made, by "<id>.<lang>" (assets/audio/catalog-narration.json). */
export type Timings = Record<string, { hash: string; durations: number[] }>;

export const audioPath = (id: string, lang: Lang) => `audio/${id}.${lang}.ogg`;
export const captionPath = (id: string, lang: Lang) => `captions/${id}.${lang}.vtt`;
export const timingKey = (id: string, lang: Lang) => `${id}.${lang}`;

export function narrationsOf(built: readonly Built[]): NarrationText[] {
  return built.flatMap((b) =>
    b.script
      ? (["en", "zh"] as const).map((lang) => {
          const cues = b.script!.flatMap((s) => cuesOf(s[lang], lang));
          const hash = createHash("sha256")
            .update(JSON.stringify({ voice: VOICES[lang], cues }))
            .digest("hex")
            .slice(0, 16);
          return { id: b.record.id, lang, cues, hash };
        })
      : [],
  );
}

/**
 * Sets each highlight's narration and returns its caption files. Where audio of the same words exists its measured
 * durations time the captions; otherwise they are estimated from reading speed and the record has no audio.
 */
export function attachNarration(built: readonly Built[], timings: Timings): Map<string, string> {
  const files = new Map<string, string>();
  const byId = new Map(built.map((b) => [b.record.id, b]));
  for (const n of narrationsOf(built)) {
    const t = timings[timingKey(n.id, n.lang)];
    const spoken = t && t.hash === n.hash && t.durations.length === n.cues.length;
    files.set(
      `assets/${captionPath(n.id, n.lang)}`,
      webVtt(n.cues, spoken ? t.durations : estimateDurations(n.cues, n.lang), n.lang),
    );
    const record = byId.get(n.id)!.record;
    const narration = record.narration ?? { captions: { en: captionPath(n.id, "en"), zh: captionPath(n.id, "zh") } };
    if (spoken && n.lang === "en") narration.audio = audioPath(n.id, "en");
    if (spoken && n.lang === "zh") narration.audioZh = audioPath(n.id, "zh");
    record.narration = narration;
  }
  return files;
}
