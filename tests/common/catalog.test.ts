// The catalog format: every record in assets/catalog parses and is plausible; each kind of bad record is refused by path.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Artifact } from "../../common/catalog";
import { CatalogFileError, categoryOfFile, parseCatalogFile } from "../../common/catalogFile";
import { ERA_NAMES } from "../../common/catalogNames";
import type { JsonToBreak } from "../fixtures/jsonToBreak";

const catalogDir = path.resolve(import.meta.dirname, "../../assets/catalog");
const files = readdirSync(catalogDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const all: Artifact[] = files.flatMap((f) =>
  parseCatalogFile(`assets/catalog/${f}`, readFileSync(path.join(catalogDir, f), "utf8"), categoryOfFile(f)!),
);

/** A valid record to break in one way at a time. */
const good = (): JsonToBreak => JSON.parse(JSON.stringify(all.find((a) => a.id === "cer-0001")));

function problemsOf(items: unknown[]): { path: string; message: string }[] {
  try {
    parseCatalogFile("assets/catalog/ceramic.json", JSON.stringify({ items }), "ceramic");
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogFileError);
    return (err as CatalogFileError).problems;
  }
  throw new Error("the catalog file was accepted");
}

describe("catalog files", () => {
  it("has one file per department and more than a thousand records", () => {
    expect(files).toEqual(["bronze.json", "calligraphy.json", "ceramic.json", "painting.json", "seal.json"]);
    expect(all.length).toBeGreaterThanOrEqual(1050);
  });
  it("ids and accession numbers are unique across the whole catalog", () => {
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(new Set(all.map((a) => a.accession)).size).toBe(all.length);
  });
  it("every generated record says it is illustrative, in both languages", () => {
    for (const a of all) {
      expect(a.illustrative).toBe(true);
      expect(a.provenance.en).toMatch(/^Illustrative record/);
      expect(a.provenance.zh).toMatch(/^示意性记录/);
      expect(a.creditLine.en).toMatch(/illustrative/);
    }
  });
  it("dates fall within their era (the Warring States run to the Qin unification in 221 BCE)", () => {
    for (const a of all) {
      const era = ERA_NAMES[a.period.era];
      expect(a.period.startYear, a.id).toBeGreaterThanOrEqual(era.from);
      expect(a.period.endYear, a.id).toBeLessThanOrEqual(a.period.era === "eastern-zhou" ? -221 : era.to);
    }
  });
  it("lathe and bronze widths follow their profiles, and flat mirrors are wide for their height", () => {
    for (const a of all) {
      if (a.form.kind !== "lathe" && !(a.form.kind === "bronze" && a.form.vessel === "mirror")) continue;
      const maxR = Math.max(...a.form.profile.map(([r]) => r));
      expect(a.dimensions.widthCm, a.id).toBeCloseTo(2 * maxR * a.dimensions.heightCm, 0);
    }
    const mirror = all.find((a) => a.form.kind === "bronze" && a.form.vessel === "mirror")!;
    expect(mirror.dimensions.widthCm / mirror.dimensions.heightCm).toBeGreaterThan(5);
  });
  it("bronzes have the legs and handles of their type", () => {
    const want = { ding: [3, 2], gui: [0, 2], jue: [3, 0], zhong: [0, 0], mirror: [0, 0] } as const;
    for (const a of all) {
      if (a.form.kind !== "bronze" || !(a.form.vessel in want)) continue;
      expect([a.form.legs, a.form.handles], a.id).toEqual(want[a.form.vessel as keyof typeof want]);
    }
  });
  it("generated works are never given to a named artist, only 'in the manner of'", () => {
    for (const a of all.filter((x) => x.category === "painting" || x.category === "calligraphy")) {
      expect(a.description.en, a.id).not.toMatch(/\b(by|painted by|written by) (Wu|Ren|Wen|Dong|Zhao|Shen)\b/);
    }
  });
  it("at least thirty highlights carry narration with captions in both languages", () => {
    const narrated = all.filter((a) => a.narration);
    expect(narrated.length).toBeGreaterThanOrEqual(30);
    for (const a of narrated)
      expect(a.narration!.captions).toEqual({ en: `captions/${a.id}.en.vtt`, zh: `captions/${a.id}.zh.vtt` });
  });
});

describe("bad records are refused, naming the path", () => {
  const cases: [string, (a: JsonToBreak) => void, string, RegExp][] = [
    ["a colour that is not a colour", (a) => (a.form.glaze = "#12345"), "items[0].form.glaze", /must be a colour/],
    ["a missing Chinese title", (a) => delete a.title.zh, "items[0].title.zh", /expected string/],
    [
      "an empty Chinese description",
      (a) => (a.description.zh = " "),
      "items[0].description.zh",
      /Chinese text is missing/,
    ],
    [
      "a period that starts after it ends",
      (a) => (a.period.startYear = 100),
      "items[0].period.endYear",
      /startYear must not be after endYear/,
    ],
    ["an unknown era", (a) => (a.period.era = "iron-age"), "items[0].period.era", /./],
    [
      "a profile whose heights fall",
      (a) =>
        (a.form.profile = [
          [0, 0],
          [0.3, 0.6],
          [0.2, 0.4],
        ]),
      "items[0].form.profile",
      /heights must rise/,
    ],
    [
      "a profile of two points",
      (a) =>
        (a.form.profile = [
          [0, 0],
          [0.3, 1],
        ]),
      "items[0].form.profile",
      /at least 3 points/,
    ],
    ["an unknown material", (a) => (a.material = "plastic"), "items[0].material", /./],
    [
      "a malformed accession number",
      (a) => (a.accession = "DB.CER.1"),
      "items[0].accession",
      /must look like DB\.CER\.0001/,
    ],
    [
      "another department's accession number",
      (a) => (a.accession = "DB.ILL.BRZ.0001"),
      "items[0].accession",
      /a ceramic is numbered DB\.CER\.nnnn/,
    ],
    [
      "an illustration numbered as a documented object",
      (a) => (a.accession = "DB.CER.0001"),
      "items[0].accession",
      /an illustrative record is numbered DB\.ILL\./,
    ],
    [
      "a narration caption outside captions/",
      (a) => (a.narration.captions.en = "../secret.vtt"),
      "items[0].narration.captions.en",
      /must be captions\/<name>\.vtt/,
    ],
    [
      "narration audio of an unknown format",
      (a) => (a.narration.audio = "audio/x.flac"),
      "items[0].narration.audio",
      /must be audio\//,
    ],
    ["a zero height", (a) => (a.dimensions.heightCm = 0), "items[0].dimensions.heightCm", /./],
    ["an unknown form", (a) => (a.form = { kind: "hologram" }), "items[0].form.kind", /./],
    [
      "a model outside models/",
      (a) => (a.form = { kind: "model", src: "http://x/y.glb" }),
      "items[0].form.src",
      /must be models\/<name>\.glb/,
    ],
    ["an extra field", (a) => (a.price = 100), "items[0]", /price/],
    ["a missing illustrative flag", (a) => delete a.illustrative, "items[0].illustrative", /expected boolean/],
  ];
  it.each(cases)("%s", (_name, breakIt, where, message) => {
    const a = good();
    breakIt(a);
    const problems = problemsOf([a]);
    expect(problems.map((p) => p.path)).toContain(where);
    expect(problems.find((p) => p.path === where)!.message).toMatch(message);
  });
  it("refuses duplicate ids and accession numbers within a file", () => {
    const problems = problemsOf([good(), good()]);
    expect(problems).toContainEqual({
      path: "items[1].id",
      message: 'duplicate id "cer-0001" (already used at items[0])',
    });
    expect(problems.map((p) => p.path)).toContain("items[1].accession");
  });
  it("refuses a record in the wrong department's file", () => {
    const a = good();
    a.category = "bronze";
    a.accession = "DB.ILL.BRZ.0999";
    expect(problemsOf([a])).toEqual([
      { path: "items[0].category", message: '"bronze" does not belong in the ceramic file' },
    ]);
  });
  it("names the file and path in the message, and says when the text is not JSON", () => {
    const a = good();
    a.form.glaze = "blue";
    expect(() => parseCatalogFile("assets/catalog/ceramic.json", JSON.stringify({ items: [a] }))).toThrow(
      "assets/catalog/ceramic.json: items[0].form.glaze: must be a colour",
    );
    expect(() => parseCatalogFile("assets/catalog/ceramic.json", "{ items: ")).toThrow(
      /assets\/catalog\/ceramic\.json: \(root\): not valid JSON/,
    );
  });
  it("knows a department's file by its name", () => {
    expect(categoryOfFile("seal.json")).toBe("seal");
    expect(categoryOfFile("furniture.json")).toBeNull();
    // Records kept by hand live beside the generated ones, in files the generator never writes.
    expect(categoryOfFile("ceramic-loans-2026.json")).toBe("ceramic");
    expect(categoryOfFile("furniture-loans.json")).toBeNull();
    expect(categoryOfFile("ceramic-.json")).toBeNull();
    expect(categoryOfFile("ceramic.json.bak")).toBeNull();
  });
});
