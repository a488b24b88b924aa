// Catalog search: both languages' words, case- and width-insensitive, Chinese by substring; filters; stable order.
import type { Artifact } from "../../common/catalog";
import { CATEGORY_NAMES, ERA_NAMES, MATERIAL_NAMES } from "../../common/catalogNames";
import type { CatalogLocation, CatalogQuery } from "../../common/catalogQuery";

interface Indexed {
  artifact: Artifact;
  location: CatalogLocation | null;
  /** Normalised text of each field, most telling first, with the weight a match there is worth. */
  fields: { text: string; weight: number }[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Lower-case, full-width folded, punctuation and hyphens as spaces: "Blue-and-white" matches "blue and white". */
export function normalise(text: string): string {
  return ` ${text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** Latin words match at the start of a word ("porcel" finds porcelain, "ding" does not find "holding"); Chinese anywhere. */
function matches(field: string, term: string): boolean {
  return CJK.test(term) ? field.includes(term) : field.includes(` ${term}`);
}

export function indexEntry(a: Artifact, location: CatalogLocation | null): Indexed {
  const era = ERA_NAMES[a.period.era];
  const material = MATERIAL_NAMES[a.material];
  const category = CATEGORY_NAMES[a.category];
  return {
    artifact: a,
    location,
    fields: [
      { text: normalise(a.accession), weight: 100 },
      { text: normalise(`${a.title.en} ${a.title.zh}`), weight: 10 },
      { text: normalise(`${a.period.name.en} ${a.period.name.zh} ${era.en} ${era.zh}`), weight: 5 },
      { text: normalise(`${material.en} ${material.zh} ${category.en} ${category.zh}`), weight: 5 },
      { text: normalise(`${a.description.en} ${a.description.zh}`), weight: 1 },
    ],
  };
}

/** Every term must match somewhere; the score adds the best field each term matched. 0 means no match. */
function score(entry: Indexed, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    const best = entry.fields.find((f) => matches(f.text, term));
    if (!best) return 0;
    total += best.weight;
  }
  return total;
}

export function queryTerms(q: string | undefined): string[] {
  return q ? normalise(q).trim().split(" ").filter(Boolean) : [];
}

/** The matching entries, by relevance and then accession number, before paging. */
export function search(entries: readonly Indexed[], query: CatalogQuery): Indexed[] {
  const terms = queryTerms(query.q);
  const hits: { entry: Indexed; score: number }[] = [];
  for (const entry of entries) {
    const a = entry.artifact;
    if (query.era && a.period.era !== query.era) continue;
    if (query.material && a.material !== query.material) continue;
    if (query.category && a.category !== query.category) continue;
    if (query.scene && entry.location?.scene !== query.scene) continue;
    const s = terms.length ? score(entry, terms) : 1;
    if (s > 0) hits.push({ entry, score: s });
  }
  hits.sort((x, y) => y.score - x.score || x.entry.artifact.accession.localeCompare(y.entry.artifact.accession));
  return hits.map((h) => h.entry);
}

export type { Indexed as SearchEntry };
