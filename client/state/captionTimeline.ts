// Timed captions from a stop's narration text, for stops without recorded audio: everyone on the tour reads the same
// line at the same second of the narration clock. Pure.
import type { Lang, LocalizedText } from "../../common/sceneParts";

export interface Cue {
  startMs: number;
  endMs: number;
  text: string;
}

/** A comfortable reading pace, characters a second (an English word is ~5.5 characters, a Chinese one ~1.5). */
const READ_RATE: Record<Lang, number> = { en: 15, zh: 5 };
/** A line shorter than this stays up this long at least (if the span allows it). */
const MIN_CUE_MS = 2500;
/** Longer sentences are cut at a comma so a caption fits two lines. */
const MAX_LINE: Record<Lang, number> = { en: 140, zh: 48 };

const SENTENCE_END: Record<Lang, RegExp> = {
  // A full stop, question or exclamation mark (maybe closing a quote or bracket) followed by a space.
  en: /(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘([]?[A-Z])/u,
  zh: /(?<=[。！？；][”’」』）]?)(?![”’」』）])/u,
};
const CLAUSE_END: Record<Lang, RegExp> = { en: /(?<=[,;:])\s+/u, zh: /(?<=[，、：])/u };

/** Splits a sentence that is too long at clause marks, keeping pieces as even as the marks allow. */
function shorten(sentence: string, lang: Lang): string[] {
  if (sentence.length <= MAX_LINE[lang]) return [sentence];
  const out: string[] = [];
  let line = "";
  const joint = lang === "en" ? " " : "";
  for (const clause of sentence.split(CLAUSE_END[lang])) {
    if (line && line.length + clause.length > MAX_LINE[lang]) {
      out.push(line);
      line = clause;
    } else line = line ? line + joint + clause : clause;
  }
  if (line) out.push(line);
  return out;
}

/** The narration as caption lines: sentences, long ones cut at commas. */
export function captionLines(text: string, lang: Lang): string[] {
  return text
    .split(SENTENCE_END[lang])
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((s) => shorten(s, lang));
}

/**
 * How long the narration of a stop runs when read out: the slower of the two languages at a reading pace, so both
 * languages go through the story together; never longer than the stop's expected duration.
 */
export function narrationSpanMs(narration: LocalizedText, durationSec: number): number {
  const reading = Math.max(narration.en.length / READ_RATE.en, narration.zh.length / READ_RATE.zh) * 1000;
  return Math.round(Math.min(durationSec * 1000, Math.max(MIN_CUE_MS, reading)));
}

/** Lines spread over `spanMs` in proportion to their length (a short line still gets a moment, when there is room). */
export function captionTimeline(text: string, lang: Lang, spanMs: number): Cue[] {
  const lines = captionLines(text, lang);
  if (lines.length === 0 || spanMs <= 0) return [];
  const floor = Math.min(MIN_CUE_MS, spanMs / lines.length);
  const weights = lines.map((l) => l.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = spanMs - floor * lines.length;
  const cues: Cue[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    const length = i === lines.length - 1 ? spanMs - at : floor + (spare * weights[i]) / total;
    cues.push({ startMs: Math.round(at), endMs: Math.round(at + length), text: line });
    at += length;
  });
  return cues;
}

/** The index of the cue showing at `ms`, or -1 before the first and after the last. */
export function cueIndexAt(cues: readonly Cue[], ms: number): number {
  let lo = 0;
  let hi = cues.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms < cues[mid].startMs) hi = mid - 1;
    else if (ms >= cues[mid].endMs) lo = mid + 1;
    else return mid;
  }
  return -1;
}
