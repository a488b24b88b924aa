// A surtitle file (WebVTT, one per language) read into cues: id, timing, the voice singing, and the text as plain
// runs and ruby runs (a character with its pinyin). Pure: parsed with webvtt-parser, no DOM. The files are the
// source of the surtitles' timing; both languages must carry the same cues at the same times.
import webvttParser from "webvtt-parser"; // the module object: see webvttParser.d.ts

/** One run of a line: plain text, or characters with their reading above (ruby). */
export type SurtitleRun = { text: string } | { text: string; ruby: string };

export interface SurtitleCue {
  id: string;
  startMs: number;
  endMs: number;
  /** The `<v …>` voice tag's name as written in this language's file ("杜丽娘", "Du Liniang"). */
  voice: string;
  runs: SurtitleRun[];
}

interface VttNode {
  type: "object" | "text" | "timestamp";
  name?: string;
  value?: string;
  classes?: string[];
  children?: VttNode[];
}

/** Flattens a cue's node tree into runs: text inside <rt> becomes the reading of the text before it in the <ruby>. */
function runsOf(nodes: readonly VttNode[], out: SurtitleRun[]): SurtitleRun[] {
  for (const n of nodes) {
    if (n.type === "text") out.push({ text: n.value ?? "" });
    else if (n.type === "object" && n.name === "ruby") {
      let base = "";
      for (const c of n.children ?? []) {
        if (c.type === "text") base += c.value ?? "";
        else if (c.type === "object" && c.name === "rt") {
          out.push({ text: base, ruby: textOf(c.children ?? []) });
          base = "";
        }
      }
      if (base) out.push({ text: base });
    } else if (n.type === "object") runsOf(n.children ?? [], out);
  }
  return out;
}

const textOf = (nodes: readonly VttNode[]): string =>
  nodes.map((n) => (n.type === "text" ? (n.value ?? "") : textOf(n.children ?? []))).join("");

function voiceOf(nodes: readonly VttNode[]): string {
  for (const n of nodes) {
    if (n.type === "object" && n.name === "v") return n.value ?? "";
  }
  return "";
}

/** Parses one language's WebVTT file; the error names the file, the line and what is wrong. */
export function parseSurtitles(vtt: string, fileName: string): SurtitleCue[] {
  const parsed = new webvttParser.WebVTTParser().parse(vtt);
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`${fileName} near line ${e.line}: ${e.message}`);
  }
  const cues = parsed.cues.map((c): SurtitleCue => {
    const tree = (c.tree as { children: VttNode[] }).children;
    if (!c.id) throw new Error(`${fileName}: the cue at ${c.startTime}s has no id`);
    return {
      id: c.id,
      startMs: Math.round(c.startTime * 1000),
      endMs: Math.round(c.endTime * 1000),
      voice: voiceOf(tree),
      runs: runsOf(tree, []).filter((r) => r.text !== ""),
    };
  });
  cues.forEach((c, i) => {
    if (i > 0 && c.startMs < cues[i - 1].endMs)
      throw new Error(`${fileName}: cue ${c.id} starts before cue ${cues[i - 1].id} ends`);
  });
  return cues;
}

/** The plain text of a cue (ruby readings left out). */
export const cueText = (c: SurtitleCue): string => c.runs.map((r) => r.text).join("");

/** A cue's Chinese read out in pinyin: each ruby run's reading, punctuation kept against the word before it. */
export const cuePinyin = (c: SurtitleCue): string =>
  c.runs
    .map((r) => ("ruby" in r ? r.ruby : r.text))
    .join(" ")
    .replace(/\s+([，。、；：！？,.;:!?])/g, "$1");

/** Index of the cue showing at `ms` (-1 between lines). Cues are in time order (binary search). */
export function cueIndexAt(cues: readonly SurtitleCue[], ms: number): number {
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

/** Why two languages' files do not line up (same ids in the same order at the same times), or null when they do. */
export function surtitleMismatch(a: readonly SurtitleCue[], b: readonly SurtitleCue[]): string | null {
  if (a.length !== b.length) return `${a.length} cues against ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.id !== y.id) return `cue ${i + 1} is ${x.id} in one file and ${y.id} in the other`;
    if (x.startMs !== y.startMs || x.endMs !== y.endMs)
      return `cue ${x.id} runs ${x.startMs}–${x.endMs} ms in one file and ${y.startMs}–${y.endMs} ms in the other`;
  }
  return null;
}
