// Generated records read like a real museum's: full record fields, checkable comparables, their own words and sizes.
import { describe, expect, it } from "vitest";
import { ArtifactSchema } from "../../common/catalog";
import { allRecords } from "../../tools/catalog/catalogFiles";
import { comparablesFor, typeKeyOf, UNMATCHED_TYPES } from "../../tools/catalog/comparables";
import { MAKERS } from "../../tools/catalog/makers";

const built = allRecords();
const records = built.map((b) => b.record);

describe("records like a real museum's", () => {
  it("every record has type, maker, place, technique, marks, measurements, acquisition, rights, URI and date", () => {
    for (const r of records) {
      expect(ArtifactSchema.safeParse(r).success, r.id).toBe(true);
      const d = r.details!;
      expect(d, r.id).toBeDefined();
      expect(d.measurements.length, r.id).toBeGreaterThanOrEqual(2);
      expect(d.acquisition.en, r.id).toMatch(/Made for the Digital Bund as an illustration.*\d{4}/);
      expect(d.uri, r.id).toBe(`urn:digital-bund:object:${r.id}`);
      expect(d.lastUpdated, r.id).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    expect(new Set(records.map((r) => r.details!.uri)).size).toBe(records.length);
  });
  it("a maker named 'in the manner of' carries his life dates from the table", () => {
    const manner = built.filter((b) => b.maker);
    expect(manner.length).toBeGreaterThan(50);
    for (const b of manner) {
      const m = b.record.details!.maker;
      expect(m.attribution, b.record.id).toBe("manner-of");
      expect([m.born, m.died], b.record.id).toEqual([MAKERS[b.maker!].born, MAKERS[b.maker!].died]);
      expect(b.record.description.en, b.record.id).toContain(MAKERS[b.maker!].name.en);
    }
  });
  it("every illustrated type names a real comparable object with its number, except the types listed as unmatched", () => {
    const types = new Set(built.map(typeKeyOf));
    for (const t of types) {
      if (UNMATCHED_TYPES.includes(t)) continue;
      expect(comparablesFor(t).length, t).toBeGreaterThan(0);
    }
    for (const t of UNMATCHED_TYPES) expect(types.has(t), `${t} is still a type`).toBe(true);
    for (const r of records) for (const c of r.details!.comparables) expect(c.number, r.id).toMatch(/\S/);
  });
  it("accession numbers mark every generated record as an illustration", () => {
    for (const r of records) expect(r.accession, r.id).toMatch(/^DB\.ILL\.[A-Z]{3}\.\d{4}$/);
  });
  it("at least 95% of descriptions are distinct, in both languages", () => {
    for (const lang of ["en", "zh"] as const) {
      const distinct = new Set(records.map((r) => r.description[lang])).size;
      expect(distinct / records.length, lang).toBeGreaterThanOrEqual(0.95);
    }
  });
  it("English titles carry the period, as the Chinese ones do", () => {
    for (const r of records) expect(r.title.en, r.id).toContain(r.period.name.en);
  });
  it("bronze titles tell objects apart by period, form and motif: two in three distinct, none used more than five times", () => {
    const bronzes = records.filter((r) => r.category === "bronze");
    expect(bronzes.length).toBe(250);
    for (const lang of ["en", "zh"] as const) {
      const uses = new Map<string, number>();
      for (const r of bronzes) uses.set(r.title[lang], (uses.get(r.title[lang]) ?? 0) + 1);
      expect(uses.size / bronzes.length, lang).toBeGreaterThanOrEqual(0.64);
      expect(Math.max(...uses.values()), lang).toBeLessThanOrEqual(5);
    }
    // The example: fifteen mirrors once shared one title.
    const brightness = bronzes.filter((r) => r.title.en.includes("'brightness'"));
    expect(new Set(brightness.map((r) => r.title.en)).size).toBeGreaterThanOrEqual(3);
  });
  it("sentences fit the form: no fish 'in the well' of a closed form, no bowl-words on other forms, no hu lid 'lost'", () => {
    for (const b of built) {
      const { en } = b.record.description;
      const type = b.record.details!.objectType.en;
      expect(en, b.record.id).not.toContain("{form}");
      if (!/dish|bowl|washer|cup/.test(type)) expect(en, b.record.id).not.toMatch(/in the well|make the bowl/);
      expect(en, b.record.id).not.toMatch(/now lost/);
    }
  });
  it("dishes are the sizes published examples of their ware are: Ru dishes 13–20 cm across", () => {
    const ru = built.filter((b) => b.group === "ru" && b.record.details!.objectType.en === "dish");
    expect(ru.length).toBeGreaterThan(0);
    for (const b of ru) {
      expect(b.record.dimensions.widthCm, b.record.id).toBeGreaterThanOrEqual(12.5);
      expect(b.record.dimensions.widthCm, b.record.id).toBeLessThanOrEqual(21);
    }
  });
  it("every narration says first that the object is an illustration", () => {
    const narrated = built.filter((b) => b.script);
    expect(narrated.length).toBeGreaterThanOrEqual(30);
    for (const b of narrated) {
      expect(b.script![0].en, b.record.id).toMatch(/^An illustration, not a documented piece/);
      expect(b.script![0].zh, b.record.id).toMatch(/^这是一件示意性展品/);
    }
  });
});
