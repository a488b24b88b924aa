// Narration scripts into caption cues and WebVTT: sentences split to readable lengths, timed from speech or estimated.
import type { Lang } from "../../common/sceneParts";

/** The pause between two cues in the narration audio, in seconds. */
export const CUE_GAP = 0.3;

/** Longest cue, in characters: two caption lines in each language. */
const MAX_CUE: Record<Lang, number> = { en: 90, zh: 40 };
const LINE: Record<Lang, number> = { en: 45, zh: 20 };
/** Reading speed of a narrator, used only when there is no audio to measure. */
const CHARS_PER_SECOND: Record<Lang, number> = { en: 14, zh: 4.6 };

const BREAKS: Record<Lang, RegExp> = { en: /(?<=[;:,—])\s+/g, zh: /(?<=[；：，、])/g };

/** Closing punctuation a Chinese line must not start with. */
const CLOSING = /^[，、；：。！？）”》」』]/;

/** Where a text may be broken without splitting a word or a number: its word boundaries (Intl.Segmenter). */
export function wordBoundaries(text: string, lang: Lang): number[] {
  const segments = new Intl.Segmenter(lang === "zh" ? "zh-Hans" : "en", { granularity: "word" }).segment(text);
  // A number keeps its unit: "1821年", "22.4米" are read as one.
  const unit = (i: number) => /\d/.test(text[i - 1]) && /^[年月日号层米厘公世]/.test(text.slice(i));
  return [...segments].map((s) => s.index).filter((i) => i > 0 && !CLOSING.test(text.slice(i)) && !unit(i));
}

/** The boundary nearest the middle of a text, or -1 when it has none. */
function nearestMiddle(bounds: readonly number[], length: number): number {
  const middle = length / 2;
  return bounds.reduce((best, i) => (best < 0 || Math.abs(i - middle) < Math.abs(best - middle) ? i : best), -1);
}

/** Splits a sentence at its clauses until every cue is short enough to read in one glance. */
export function cuesOf(sentence: string, lang: Lang): string[] {
  const text = sentence.trim();
  if (text.length <= MAX_CUE[lang]) return [text];
  const cuts = [...text.matchAll(BREAKS[lang])].map((m) => m.index!).filter((i) => i > 0 && i < text.length);
  const middle = text.length / 2;
  const cut = cuts.length
    ? cuts.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best))
    : lang === "en"
      ? text.lastIndexOf(" ", middle)
      : nearestMiddle(wordBoundaries(text, lang), text.length);
  if (cut <= 0 || cut >= text.length) return [text];
  return [...cuesOf(text.slice(0, cut), lang), ...cuesOf(text.slice(cut), lang)];
}

/** Wraps a cue into at most two balanced lines. */
export function wrap(cue: string, lang: Lang): string {
  if (cue.length <= LINE[lang]) return cue;
  if (lang === "zh") {
    // Break after a comma near the middle if there is one, else at the word boundary nearest the middle: never inside
    // a word ("书画") or a number ("1821年"), never before closing punctuation.
    const bounds = wordBoundaries(cue, lang);
    const half = cue.length / 2;
    const commas = bounds.filter((i) => /[，、；：]/.test(cue[i - 1]) && Math.abs(i - half) <= 4);
    const cut = commas.length > 0 ? nearestMiddle(commas, cue.length) : nearestMiddle(bounds, cue.length);
    return cut <= 0 ? cue : `${cue.slice(0, cut)}\n${cue.slice(cut)}`;
  }
  const middle = cue.length / 2;
  let best = -1;
  for (let i = cue.indexOf(" "); i >= 0; i = cue.indexOf(" ", i + 1))
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return best < 0 ? cue : `${cue.slice(0, best)}\n${cue.slice(best + 1)}`;
}

export function estimateDurations(cues: readonly string[], lang: Lang): number[] {
  return cues.map((c) => Math.round((0.6 + c.length / CHARS_PER_SECOND[lang]) * 1000) / 1000);
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** WebVTT text for cues spoken one after another with CUE_GAP between them, each lasting its duration. */
export function webVtt(cues: readonly string[], durations: readonly number[], lang: Lang): string {
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  let t = 0;
  const blocks = cues.map((cue, i) => {
    const start = t;
    const end = t + durations[i];
    t = end + CUE_GAP;
    return `${i + 1}\n${timestamp(start)} --> ${timestamp(end)}\n${escape(wrap(cue, lang))}`;
  });
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}
