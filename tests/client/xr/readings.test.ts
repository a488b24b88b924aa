// What a VR panel says about a landmark and an exhibit, in both languages, from real scene and catalog data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArtifactSchema, summaryOf } from "../../../common/catalog";
import { parseSceneFile } from "../../../common/scene";
import { exhibitReading, landmarkReading, recordReading } from "../../../client/xr/readings";

const root = path.resolve(import.meta.dirname, "../../..");
const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
const jar = ArtifactSchema.parse(
  (JSON.parse(readFileSync(path.join(root, "assets/catalog/ceramic.json"), "utf8")) as { items: unknown[] }).items[0],
);

describe("VR readings", () => {
  it("a landmark: its name, when it was built (and lost), what it was and what became of it", () => {
    const lost = bund.landmarks.find((l) => l.demolished !== null)!;
    const r = landmarkReading(lost);
    expect(r.id).toBe(lost.id);
    expect(r.title).toEqual(lost.name);
    expect(r.subtitle.en).toBe(`Built ${lost.built} · Lost ${lost.demolished}`);
    expect(r.subtitle.zh).toContain(String(lost.built));
    for (const lang of ["en", "zh"] as const)
      expect(r.body[lang]).toBe(`${lost.description[lang]}\n\n${lost.fate[lang]}`);
  });

  it("an exhibit's label, from the hall's summary: period, years and material; size, department, accession", () => {
    const r = exhibitReading(summaryOf(jar));
    expect(r.id).toBe(jar.id);
    expect(r.title).toEqual(jar.title);
    expect(r.subtitle.en).toBe(`${jar.period.name.en}, 3300–2500 BCE · Earthenware`);
    expect(r.subtitle.zh).toContain("公元前3300年");
    expect(r.body.en).toContain(
      `${jar.dimensions.heightCm} × ${jar.dimensions.widthCm} × ${jar.dimensions.depthCm} cm`,
    );
    expect(r.body.en).toContain(jar.accession);
    expect(r.body.zh).toContain("陶瓷");
    expect(r.more).toBeUndefined(); // fetching the record is the wiring's job
  });

  it("an exhibit's record adds the description, provenance, credit line and the illustrative note", () => {
    const r = recordReading(jar);
    for (const lang of ["en", "zh"] as const) {
      const paragraphs = r.body[lang].split("\n\n");
      expect(paragraphs[1]).toBe(jar.description[lang]);
      expect(r.body[lang]).toContain(jar.provenance[lang]);
      expect(r.body[lang]).toContain(jar.creditLine[lang]);
      expect(r.body[lang]).toContain(jar.accession);
    }
    expect(jar.illustrative).toBe(true);
    expect(r.body.en.startsWith("Illustrative record")).toBe(true);
    expect(recordReading({ ...jar, illustrative: false }).body.en.startsWith(jar.description.en)).toBe(true);
  });
});
