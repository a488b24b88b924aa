// A group lesson's words, in English and Chinese: the guide's board of sheets and the sheet shown to the group.
import type { Reason } from "../../../common/ink/characterJudge";
import type { Lang } from "../../../common/sceneParts";
import { wordsOf, type StringTable } from "../strings";

export const LESSON_STRINGS = {
  board: { en: "Group lesson: {char}", zh: "集体习字：{char}" },
  empty: { en: "No sheet yet: the group is writing.", zh: "还没有作品：大家正在写。" },
  score: { en: "{score}% right at the first try", zh: "{score}% 一次写对" },
  unfinished: { en: "not finished", zh: "未写完" },
  failed: { en: "stroke {n}: {reason}", zh: "第 {n} 笔：{reason}" },
  show: { en: "Show to the group", zh: "给大家看" },
  takeDown: { en: "Take the sheet down", zh: "收起展示" },
  shown: { en: "The guide shows {name}'s {char}", zh: "导游展示：{name} 写的“{char}”" },
  write: { en: "Group lesson: write {char} at the desk", zh: "集体习字：请在书案上写“{char}”" },
  sent: { en: "Your {char} went to the guide.", zh: "你写的“{char}”已交给导游。" },
} satisfies StringTable;

export const lessonWords = wordsOf(LESSON_STRINGS);

const REASONS: Record<Reason, { en: string; zh: string }> = {
  points: { en: "too few points", zh: "笔画太短" },
  extra: { en: "an extra stroke", zh: "多写了一笔" },
  order: { en: "wrong order", zh: "笔顺不对" },
  reversed: { en: "wrong direction", zh: "方向反了" },
  length: { en: "wrong length", zh: "长短不对" },
  position: { en: "misplaced", zh: "位置不对" },
  direction: { en: "wrong angle", zh: "走向不对" },
  shape: { en: "wrong shape", zh: "形状不对" },
};
export const reasonWords = (r: Reason, lang: Lang) => REASONS[r][lang];
