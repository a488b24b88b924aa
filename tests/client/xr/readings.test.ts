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
  it("a landmark: its name, years, the lost badge, what it was, what became of it, what is uncertain and its sources", () => {
    const lost = bund.landmarks.find((l) => l.id === "angel-of-peace")!;
    const r = landmarkReading(lost);
    expect(r.id).toBe(lost.id);
    expect(r.title).toEqual(lost.name);
    expect(r.subtitle.en).toBe(`Built ${lost.built} · Lost ${lost.demolished} · Lost landmark`);
    expect(r.subtitle.zh).toContain("已消失的地标");
    for (const lang of ["en", "zh"] as const) {
      expect(r.body[lang].startsWith(lost.description[lang])).toBe(true);
      expect(r.body[lang]).toContain(lost.fate[lang]);
      expect(r.body[lang]).toContain(lost.uncertainty![lang]);
      for (const s of lost.sources) expect(r.body[lang]).toContain(s);
    }
    expect(r.body.en).toContain("Lost 1943 (uncertain)");
    expect(r.body.en).toContain("[inferred]");
    expect(r.body.zh).toContain("1943（存疑）");
    expect(r.body.zh).toContain("[推断]");
  });
  it("a landmark's façade line follows what it was, from its cited note, in each language", () => {
    const club = bund.landmarks.find((l) => l.id === "shanghai-club")!;
    const r = landmarkReading(club);
    const note = club.facade.materialSource!.note;
    const paragraphs = { en: r.body.en.split("\n\n"), zh: r.body.zh.split("\n\n") };
    expect(paragraphs.en[1]).toBe(`Façade: ${note.en}`);
    expect(paragraphs.zh[1]).toBe(`外墙：${note.zh}`);
    expect(paragraphs.en[2]!.startsWith("What became of it")).toBe(true);
    // Where no source was found for the material, the panel says nothing rather than guess.
    const pearl = bund.landmarks.find((l) => l.id === "oriental-pearl-tower")!;
    expect(pearl.facade.materialSource).toBeUndefined();
    expect(landmarkReading(pearl).body.en).not.toContain("Façade");
  });
  it("Chinese readers see the Chinese sources first", () => {
    const mcbain = landmarkReading(bund.landmarks.find((l) => l.id === "mcbain-building")!);
    const sources = mcbain.body.zh.slice(mcbain.body.zh.lastIndexOf("资料来源"));
    expect(sources.indexOf("中文资料: ")).toBeLessThan(sources.indexOf("外文资料: "));
    expect(sources.indexOf("中文资料: ")).toBeGreaterThan(0);
    expect(sources).toContain("维基百科：上海亚细亚大楼");
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
    expect(r.body.en.startsWith("Illustrative record")).toBe(true); // the label says it is an illustration
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
    expect(r.body.en).toContain("Persistent identifier: urn:digital-bund:object:cer-0001");
    expect(r.body.en).toContain("Compare in public collections: Minneapolis Institute of Art, 2003.103");
    expect(r.body.zh).toContain("产地: 黄河上游");
    expect(r.body.en.startsWith("Illustrative record")).toBe(true);
    expect(recordReading({ ...jar, illustrative: false }).body.en.startsWith(jar.description.en)).toBe(true);
  });
});
