// The studio's lessons as data: which characters are written, and our own annotation of 永's eight principles.
import type { LocalizedText } from "../sceneParts";

/** One of the eight principles of 永 (永字八法), placed on a segment of one of the data's five strokes of 永. */
export interface Principle {
  name: string;
  pinyin: string;
  /** Which stroke of 永 in the stroke data (0-based). */
  stroke: number;
  /** The segment: first and last median point of that stroke (indices into its median). */
  from: number;
  to: number;
  text: LocalizedText;
}

/**
 * Our annotation (not part of the stroke data): 永 in Make Me a Hanzi's data has five strokes, the dot, 横折钩,
 * 横撇, the short 撇 and the 捺; the eight principles are segments of them. Indices were read off the medians.
 */
export const YONG_PRINCIPLES: readonly Principle[] = [
  {
    name: "侧",
    pinyin: "cè",
    stroke: 0,
    from: 0,
    to: 3,
    text: { en: "Side: the dot, pressed in at a slant like a bird alighting", zh: "侧：点，侧锋落笔，如鸟翻然侧下" },
  },
  {
    name: "勒",
    pinyin: "lè",
    stroke: 1,
    from: 0,
    to: 4,
    text: { en: "Rein: the horizontal, held back like reining a horse", zh: "勒：横，如勒马之用缰，不可平过" },
  },
  {
    name: "努",
    pinyin: "nǔ",
    stroke: 1,
    from: 4,
    to: 6,
    text: {
      en: "Strain: the vertical, with a bow's tension, never quite straight",
      zh: "努：竖，如挽弓用力，不宜过直",
    },
  },
  {
    name: "趯",
    pinyin: "tì",
    stroke: 1,
    from: 6,
    to: 8,
    text: { en: "Leap: the hook, gathered then flicked out", zh: "趯：钩，蹲锋得势而出" },
  },
  {
    name: "策",
    pinyin: "cè",
    stroke: 2,
    from: 0,
    to: 5,
    text: { en: "Whip: the rising stroke, struck quickly upward", zh: "策：仰横（提），如策马之用鞭，疾而有力" },
  },
  {
    name: "掠",
    pinyin: "lüè",
    stroke: 2,
    from: 5,
    to: 9,
    text: { en: "Sweep: the long left-falling stroke, lifting at its tip", zh: "掠：长撇，如篦之掠发，出锋轻捷" },
  },
  {
    name: "啄",
    pinyin: "zhuó",
    stroke: 3,
    from: 0,
    to: 6,
    text: { en: "Peck: the short left-falling stroke, quick like a bird's beak", zh: "啄：短撇，如鸟之啄物，锐而速" },
  },
  {
    name: "磔",
    pinyin: "zhé",
    stroke: 4,
    from: 0,
    to: 6,
    text: { en: "Split: the right-falling stroke, pressed then flicked out", zh: "磔：捺，一波三折，重按后出锋" },
  },
];

/** A character of a lesson: its standard (simplified) form, and the traditional form where it differs. */
export interface LessonCharacter {
  standard: string;
  traditional?: string;
}

export interface Lesson {
  id: string;
  title: LocalizedText;
  characters: readonly LessonCharacter[];
}

const chars = (text: string, traditional: Record<string, string>): LessonCharacter[] =>
  [...text].map((c) => (traditional[c] ? { standard: c, traditional: traditional[c] } : { standard: c }));

/** The opening of 《兰亭序》 (Wang Xizhi, 353): 永和九年，岁在癸丑，暮春之初，会于会稽山阴之兰亭，修禊事也。 */
const LANTING_OPENING = "永和九年岁在癸丑暮春之初会于会稽山阴之兰亭修禊事也";
/** Where the standard form differs from the traditional one (Wang Xizhi wrote 脩 for 修). */
const LANTING_TRADITIONAL: Record<string, string> = { 岁: "歲", 会: "會", 阴: "陰", 兰: "蘭", 修: "脩" };

export const LESSONS: readonly Lesson[] = [
  {
    id: "yong",
    title: { en: "永 and the eight principles", zh: "永字八法" },
    characters: [{ standard: "永" }],
  },
  {
    id: "lanting",
    title: { en: "Preface to the Orchid Pavilion (opening)", zh: "《兰亭序》开篇" },
    characters: chars(LANTING_OPENING, LANTING_TRADITIONAL),
  },
];

/** Every character whose stroke data the studio serves: both forms of every lesson character, without repeats. */
export function lessonCharacters(): string[] {
  const all = LESSONS.flatMap((l) =>
    l.characters.flatMap((c) => [c.standard, ...(c.traditional ? [c.traditional] : [])]),
  );
  return [...new Set(all)];
}

/** The file name a character's stroke data is served under: its code point in hex (URLs stay ASCII). */
export function strokeFileName(char: string): string {
  const code = char.codePointAt(0);
  if (code === undefined || [...char].length !== 1) throw new Error(`Expected one character, got "${char}"`);
  return `${code.toString(16)}.json`;
}

/** Where the client fetches stroke data from: our own origin, never a CDN. */
export const STROKE_DATA_PATH = "/ink/strokes/";
