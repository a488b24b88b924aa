// Words for claims and their certainty: events, confidence levels with what they mean, layers and reconstruction notes.
import type { StringTable } from "./strings";
import { wordsOf } from "./strings";

export const CLAIM_STRINGS = {
  history: { en: "Dates and how sure we are", zh: "年代与可信度" },
  "event.built": { en: "Built", zh: "建成" },
  "event.opened": { en: "Opened", zh: "启用" },
  "event.rebuilt": { en: "Rebuilt", zh: "重建" },
  "event.altered": { en: "Altered", zh: "改变" },
  "event.moved": { en: "Moved", zh: "迁移" },
  "event.demolished": { en: "Lost", zh: "拆除" },
  "event.renamed": { en: "Renamed", zh: "更名" },
  "confidence.documented": { en: "documented", zh: "有据可查" },
  "confidence.inferred": { en: "inferred", zh: "推断" },
  "confidence.conjectural": { en: "conjectural", zh: "推测" },
  "explain.documented": {
    en: "Documented: stated by the sources listed.",
    zh: "有据可查：所列资料明确记载。",
  },
  "explain.inferred": {
    en: "Inferred: worked out from sources and photographs, which do not state it outright or disagree.",
    zh: "推断：依据资料与照片推定，资料并未直接记载或说法不一。",
  },
  "explain.conjectural": {
    en: "Conjectural: a reasoned guess where the sources are silent.",
    zh: "推测：资料缺载时的合理推测。",
  },
  shape: { en: "Shape and size as drawn", zh: "模型外形与尺寸" },
  approximate: { en: "about", zh: "约" },
  uncertainDate: { en: "uncertain", zh: "存疑" },
  reconstruction: { en: "About this reconstruction", zh: "关于本复原" },
  illustrationBadge: { en: "Illustration", zh: "示意展品" },
  sourcesZh: { en: "Chinese sources", zh: "中文资料" },
  sourcesEn: { en: "Other sources", zh: "外文资料" },
  dismiss: { en: "Got it", zh: "知道了" },
} satisfies StringTable;

export const ct = wordsOf(CLAIM_STRINGS);
