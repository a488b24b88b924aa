// The collection record's own fields as label–value rows, in the visitor's language (desktop card and VR panel).
import type { Artifact } from "../../common/catalog";
import type { Measurement } from "../../common/recordDetails";
import type { Lang } from "../../common/sceneParts";
import { wordsOf, type StringTable } from "./strings";

const RECORD_STRINGS = {
  objectType: { en: "Object type", zh: "器物类型" },
  maker: { en: "Maker", zh: "作者" },
  placeMade: { en: "Place made", zh: "产地" },
  technique: { en: "Technique", zh: "工艺" },
  marks: { en: "Marks and inscriptions", zh: "款识与铭文" },
  measurements: { en: "Measurements", zh: "尺寸" },
  acquisition: { en: "Acquisition", zh: "入藏" },
  rights: { en: "Rights", zh: "版权" },
  uri: { en: "Persistent identifier", zh: "永久标识" },
  comparables: { en: "Compare in public collections", zh: "可比对的公共收藏" },
  lastUpdated: { en: "Record last updated", zh: "记录更新" },
  "part.height": { en: "height", zh: "高" },
  "part.diameter": { en: "diameter", zh: "最大径" },
  "part.width": { en: "width", zh: "宽" },
  "part.depth": { en: "depth", zh: "深" },
  "part.mouth": { en: "mouth", zh: "口径" },
  "part.foot": { en: "foot", zh: "足径" },
  "part.image-height": { en: "image height", zh: "画心纵" },
  "part.image-width": { en: "image width", zh: "画心横" },
  "part.mount-height": { en: "mount height", zh: "装裱纵" },
  "part.mount-width": { en: "mount width", zh: "装裱横" },
  "part.seal-face": { en: "seal face", zh: "印面" },
  lived: { en: "{born}–{died}", zh: "{born}—{died}" },
  about: { en: "approx.", zh: "约" },
} satisfies StringTable;

const rt = wordsOf(RECORD_STRINGS);

function measured(m: readonly Measurement[], lang: Lang): string {
  const list = m.map((x) => `${rt(`part.${x.part}`, lang)} ${x.cm} cm`).join(lang === "en" ? ", " : "，");
  return `${rt("about", lang)} ${list}`;
}

/** The record fields a real museum publishes, for a record that has them; [] for one that has not. */
export function recordRows(a: Artifact, lang: Lang): [string, string][] {
  const d = a.details;
  if (!d) return [];
  const mk = d.maker;
  const lived =
    mk.born !== undefined && mk.died !== undefined ? ` (${rt("lived", lang, { born: mk.born, died: mk.died })})` : "";
  const rows: [string, string][] = [
    [rt("objectType", lang), d.objectType[lang]],
    [rt("maker", lang), `${mk.name[lang]}${lived}, ${mk.role[lang]}`],
    [rt("placeMade", lang), d.placeMade[lang]],
    [rt("technique", lang), d.technique[lang]],
    [rt("marks", lang), d.marks[lang]],
    [rt("measurements", lang), measured(d.measurements, lang)],
    [rt("acquisition", lang), d.acquisition[lang]],
    [rt("rights", lang), d.rights[lang]],
    [rt("uri", lang), d.uri],
    [rt("lastUpdated", lang), d.lastUpdated],
  ];
  if (d.comparables.length > 0)
    rows.push([
      rt("comparables", lang),
      d.comparables.map((c) => `${c.institution}, ${c.number}: ${c.title}`).join("; "),
    ]);
  return rows;
}
