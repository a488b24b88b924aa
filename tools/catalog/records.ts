// What every generated record shares: bilingual text helpers, ids, accession numbers, periods and the honest provenance.
import type { Artifact, Category, Period } from "../../common/catalog";
import type { MakerKey } from "./makers";
import { PERIODS, type PeriodKey } from "./periods";

export { bi, type Bi } from "./bilingual";
import type { Bi } from "./bilingual";

/** Sentences into one text: English with spaces, Chinese run together as Chinese prose is. */
export function sentences(parts: readonly (Bi | null | undefined)[]): Bi {
  const kept = parts.filter((p): p is Bi => !!p);
  return { en: kept.map((p) => p.en).join(" "), zh: kept.map((p) => p.zh).join("") };
}

/** "a Ming dish" style capitalisation for titles built from parts. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const CATEGORY_CODES: Record<Category, { id: string; accession: string }> = {
  ceramic: { id: "cer", accession: "CER" },
  bronze: { id: "brz", accession: "BRZ" },
  calligraphy: { id: "cal", accession: "CAL" },
  painting: { id: "ptg", accession: "PTG" },
  seal: { id: "sea", accession: "SEA" },
};

export function idOf(category: Category, n: number): string {
  return `${CATEGORY_CODES[category].id}-${String(n).padStart(4, "0")}`;
}

/** Generated records are illustrations, and their numbers say so: DB.ILL.CER.0001. */
export function accessionOf(category: Category, n: number): string {
  return `DB.ILL.${CATEGORY_CODES[category].accession}.${String(n).padStart(4, "0")}`;
}

export function periodOf(key: PeriodKey): Period {
  const d = PERIODS[key];
  return { name: { en: d.en, zh: d.zh }, era: d.era, startYear: d.start, endYear: d.end };
}

/** Generated records describe types, not objects: the provenance says so in both languages. */
export function illustrativeProvenance(type: Bi): Bi {
  return {
    en: `Illustrative record composed for the Digital Bund from the typical features of ${type.en}; it does not describe a particular documented object.`,
    zh: `示意性记录：本条目依据${type.zh}的典型特征为数字外滩编写，并非对某件实物的著录。`,
  };
}

export const ILLUSTRATIVE_CREDIT: Bi = {
  en: "Digital Bund illustrative collection (generated record)",
  zh: "数字外滩示意藏品（程序生成记录）",
};

/** Fields every generated record has in the same way. */
export function envelope(
  category: Category,
  n: number,
  type: Bi,
): Pick<Artifact, "id" | "accession" | "category" | "provenance" | "creditLine" | "illustrative"> {
  return {
    id: idOf(category, n),
    accession: accessionOf(category, n),
    category,
    provenance: illustrativeProvenance(type),
    creditLine: ILLUSTRATIVE_CREDIT,
    illustrative: true,
  };
}

/** A generated record with what the halls and the narration need to know about it. */
export interface Built {
  record: Artifact;
  /** The hall section it belongs to (a key the hall layout knows). */
  section: string;
  /** Its ware, vessel type, script or school: neighbours in a case share it. */
  group: string;
  /** The sentences of its spoken narration, when it is one of the highlights. */
  script?: Bi[];
  /** What kind of object it is, as a record's object type says: "meiping", "ritual food vessel (ding)". */
  objectType?: Bi;
  /** The master whose manner it follows, if its description names one. */
  maker?: MakerKey | null;
}

/** "between 1426 and 1435" / "1426年至1435年之间": how a narration states a span of years. */
export function spanPhrase(start: number, end: number): Bi {
  const en = (y: number) => (y < 0 ? `${-y} BCE` : `${y}`);
  const zh = (y: number) => (y < 0 ? `公元前${-y}年` : `${y}年`);
  const enText =
    start < 0 && end < 0
      ? `between ${-start} and ${-end} BCE`
      : start < 0
        ? `between ${-start} BCE and ${end} CE`
        : `between ${en(start)} and ${en(end)}`;
  return { en: enText, zh: `${zh(start)}至${zh(end)}之间` };
}

/** Said first in every narration (recordDetails.ts puts it there): the record is an illustration, not an object. */
export const ILLUSTRATIVE_LINE: Bi = {
  en: "An illustration, not a documented piece: like everything in these galleries, it was composed from the typical features of its type.",
  zh: "这是一件示意性展品，并非实物档案：与馆中其他展品一样，它依据同类器物的典型特征编写。",
};
