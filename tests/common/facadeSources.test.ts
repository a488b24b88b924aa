// Every structure of the Bund says what its walls were faced with and where that is read; the corrections stay made.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Landmark } from "../../common/landmark";
import { LandmarkSchema } from "../../common/landmark";
import { parseSceneFile } from "../../common/scene";

const root = path.resolve(import.meta.dirname, "../..");
const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
const landmark = (id: string): Landmark => bund.landmarks.find((l) => l.id === id)!;

/** What the kit draws as a building or structure of stone, brick, steel or concrete; the skyline across the river
 * and the bronze figures are checked where a source was found (their material is plain to see). */
const STRUCTURES = new Set(["building", "bridge", "wall", "model", "flood-wall"]);
const structures = bund.landmarks.filter((l) => STRUCTURES.has(l.shape.kind));

describe("façade sources on the Bund", () => {
  it("covers the structures the brief names", () => {
    expect(structures.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        "hsbc-building",
        "customs-house",
        "palace-hotel",
        "broadway-mansions",
        "sassoon-house",
        "bank-of-china",
        "astor-house-hotel",
        "british-consulate",
        "gutzlaff-signal-tower",
        "garden-bridge",
        "shanghai-city-wall",
      ]),
    );
    expect(structures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(structures.map((l) => [l.id, l] as const))(
    "%s cites its façade material with a note in both languages",
    (_, l) => {
      const s = l.facade.materialSource;
      expect(s, `${l.id} has no facade.materialSource`).toBeDefined();
      expect(s!.citations.length).toBeGreaterThan(0);
      expect(s!.note.en.trim().length).toBeGreaterThan(8);
      expect(s!.note.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s!.note.en).not.toMatch(/[\u4e00-\u9fff]/);
      for (const c of s!.citations) expect(l.sources, `${l.id}: ${c}`).toContain(c);
    },
  );

  it("every façade source given anywhere (monuments, skyline) is also among the landmark's sources", () => {
    for (const l of bund.landmarks)
      for (const c of l.facade.materialSource?.citations ?? []) expect(l.sources, l.id).toContain(c);
  });

  it("the schema refuses a façade citation missing from the sources", () => {
    const raw = JSON.parse(readFileSync(path.join(root, "scenes/bund.json"), "utf8")) as {
      landmarks: { id: string; sources: string[] }[];
    };
    const hsbc = raw.landmarks.find((l) => l.id === "hsbc-building")!;
    expect(LandmarkSchema.safeParse(hsbc).success).toBe(true);
    hsbc.sources = hsbc.sources.filter((s) => !s.includes("Opulent temple"));
    const r = LandmarkSchema.safeParse(hsbc);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/façade citation/);
  });
});

describe("façade materials corrected against their sources", () => {
  it("the Shanghai Club is imitation Portland stone with granite columns, not granite", () => {
    const c = landmark("shanghai-club");
    expect(c.facade.material).toBe("stucco");
    expect(c.facade.materialSource?.note.en).toMatch(/imitation Portland stone/);
    expect(c.facade.materialSource?.citations.join()).toContain("Twentieth Century Impressions");
  });
  it("the McBain Building is granite below and concrete blocks above", () => {
    const m = landmark("mcbain-building");
    expect(m.facade.material).toBe("concrete");
    expect(m.description.en).not.toMatch(/eclectic granite front/);
    expect(m.facade.materialSource?.note.zh).toContain("混凝土挂块");
  });
  it("the Signal Tower is reinforced concrete banded with red brick", () => {
    const g = landmark("gutzlaff-signal-tower");
    expect(g.facade.material).toBe("concrete");
    expect(g.facade.banded).toBe(true);
    expect(g.description.en).toMatch(/reinforced concrete banded with red brick/);
    expect(g.description.zh).toContain("钢筋混凝土");
  });
  it("the British Consulate's walls were exposed brick, and the card says how sure that is", () => {
    const b = landmark("british-consulate");
    expect(b.facade.material).toBe("brick");
    expect(b.facade.materialSource?.note.zh).toContain("清水砖");
    expect(b.uncertainty?.en).toMatch(/exposed brick/);
  });
  it("Broadway Mansions: light-brown tiles above a dark green granite ground storey", () => {
    const b = landmark("broadway-mansions");
    expect(b.facade.material).toBe("brick");
    expect(b.facade.materialSource?.note.zh).toContain("暗绿色花岗石");
  });
  it("the granite fronts keep their granite, each with its own source", () => {
    for (const id of [
      "hsbc-building",
      "customs-house",
      "union-building",
      "north-china-daily-news",
      "chartered-bank",
      "sassoon-house",
      "bank-of-china",
      "yokohama-specie-bank",
      "jardine-matheson",
      "banque-de-l-indochine",
    ]) {
      const l = landmark(id);
      expect(l.facade.material, id).toBe("granite");
      expect(`${l.facade.materialSource?.note.en} ${l.facade.materialSource?.note.zh}`, id).toMatch(/granite|花岗石/);
    }
  });
});
