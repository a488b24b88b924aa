// Bilingual names of the catalog's closed lists (materials, eras, departments); zod-free so the client can ship it.
import type { Category, Era, Material } from "./catalog";
import type { LocalizedText } from "./sceneParts";

export const MATERIAL_NAMES: Record<Material, LocalizedText> = {
  earthenware: { en: "Earthenware", zh: "陶" },
  stoneware: { en: "Stoneware", zh: "炻器" },
  porcelain: { en: "Porcelain", zh: "瓷" },
  bronze: { en: "Bronze", zh: "青铜" },
  "ink-on-paper": { en: "Ink on paper", zh: "纸本水墨" },
  "ink-on-silk": { en: "Ink on silk", zh: "绢本水墨" },
  "colour-on-silk": { en: "Ink and colour on silk", zh: "绢本设色" },
  "colour-on-paper": { en: "Ink and colour on paper", zh: "纸本设色" },
  "oil-on-canvas": { en: "Oil on canvas", zh: "布面油画" },
  soapstone: { en: "Soapstone (Shoushan stone)", zh: "寿山石" },
  jade: { en: "Jade", zh: "玉" },
  ivory: { en: "Ivory", zh: "象牙" },
};

/** Eras with the years they span (negative = BCE), as conventionally dated. */
export const ERA_NAMES: Record<Era, LocalizedText & { from: number; to: number }> = {
  neolithic: { en: "Neolithic", zh: "新石器时代", from: -7000, to: -1600 },
  shang: { en: "Shang dynasty", zh: "商", from: -1600, to: -1046 },
  "western-zhou": { en: "Western Zhou dynasty", zh: "西周", from: -1046, to: -771 },
  "eastern-zhou": { en: "Eastern Zhou dynasty", zh: "东周", from: -770, to: -256 },
  han: { en: "Han dynasty", zh: "汉", from: -206, to: 220 },
  tang: { en: "Tang dynasty", zh: "唐", from: 618, to: 907 },
  song: { en: "Song dynasty", zh: "宋", from: 960, to: 1279 },
  yuan: { en: "Yuan dynasty", zh: "元", from: 1271, to: 1368 },
  ming: { en: "Ming dynasty", zh: "明", from: 1368, to: 1644 },
  qing: { en: "Qing dynasty", zh: "清", from: 1644, to: 1912 },
  republic: { en: "Republic of China", zh: "中华民国", from: 1912, to: 1949 },
};

export const CATEGORY_NAMES: Record<Category, LocalizedText> = {
  ceramic: { en: "Ceramics", zh: "陶瓷" },
  bronze: { en: "Bronzes", zh: "青铜器" },
  calligraphy: { en: "Calligraphy", zh: "书法" },
  painting: { en: "Painting", zh: "绘画" },
  seal: { en: "Seals", zh: "印章" },
};

/** "1426–1435", "c. 1200–1046 BCE", "206 BCE–220 CE": how a label states a span of years. */
export function formatYears(start: number, end: number, lang: "en" | "zh"): string {
  const year = (y: number) => (lang === "zh" ? (y < 0 ? `公元前${-y}年` : `${y}年`) : y < 0 ? `${-y} BCE` : `${y}`);
  if (start === end) return year(start);
  if (lang === "en" && start < 0 && end < 0) return `${-start}–${-end} BCE`;
  if (lang === "en" && start < 0) return `${-start} BCE–${end} CE`;
  return `${year(start)}–${year(end)}`;
}

/** The word a 3D label, card or panel adds for an illustration, so it is never taken for a documented object. */
export const ILLUSTRATION_WORD: LocalizedText = { en: "Illustration", zh: "示意展品" };

/** Generated illustrations are numbered DB.ILL.xxx.nnnn: a label, card or panel can say so from the number alone. */
export function isIllustration(accession: string): boolean {
  return accession.startsWith("DB.ILL.");
}
