// The Bund's corrected facts, each with the source it rests on: a regression here would put an old mistake back.
import { readFileSync } from "node:fs";
import path from "node:path";
import edtf from "edtf";
import { describe, expect, it } from "vitest";
import type { Landmark } from "../../common/landmark";
import { parseSceneFile } from "../../common/scene";

const root = path.resolve(import.meta.dirname, "../..");
const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
const landmark = (id: string): Landmark => bund.landmarks.find((l) => l.id === id)!;
const cites = (l: Landmark, source: string) => expect(l.sources.join(" | "), l.id).toContain(source);

describe("corrections to the Bund", () => {
  it("the Garden Bridge replaced the free bridge of 1873, which gave the name Waibaidu, and opened on 20 January 1908", () => {
    const g = landmark("garden-bridge");
    expect(g.description.en).toContain("20 January 1908");
    expect(g.description.en).toMatch(/free wooden bridge that the Municipal Council built in 1873/);
    expect(g.description.en).not.toMatch(/toll gave/);
    expect(g.description.zh).toContain("1908年1月20日");
    cites(g, "Wikipedia: Waibaidu Bridge");
  });
  it("the Allied War Memorial came down in 1943 and names its architects and sculptor", () => {
    const a = landmark("angel-of-peace");
    expect(a.demolished).toBe(1943);
    expect(a.architect?.en).toContain("Stewardson & Spence");
    expect(a.architect?.en).toContain("Henry C. Fehr");
    expect(a.fate.en).toContain("1943");
    cites(a, "Robert Bickers");
  });
  it("the Palace Hotel opened in 1908 and joined the Peace Hotel in 1965", () => {
    const p = landmark("palace-hotel");
    expect(p.description.en).toContain("opened in 1908");
    expect(p.fate.en).toContain("1965");
    expect(p.fate.en).not.toContain("1956");
    cites(p, "Swatch Art Peace Hotel");
  });
  it("the Customs House gives both tower heights with their sources", () => {
    const c = landmark("customs-house");
    expect(c.uncertainty?.en).toMatch(/90 m/);
    expect(c.uncertainty?.en).toMatch(/79\.2 m/);
    expect(c.uncertainty?.zh).toMatch(/90米/);
    cites(c, "Michelle Qiao");
  });
  it("the McBain Building's historic Chinese name is 麦边大楼", () => {
    const m = landmark("mcbain-building");
    expect(m.name.zh).toContain("麦边大楼");
    cites(m, "上海亚细亚大楼");
  });
  it("the Union Building has six storeys and was built for the Union Insurance Society of Canton", () => {
    const u = landmark("union-building");
    expect(u.shape.kind === "building" && u.shape.floors).toBe(6);
    expect(u.description.en).toContain("six-storey");
    expect(u.description.en).toContain("Union Insurance Society of Canton");
    cites(u, "Wikipedia: Union Building, Shanghai");
  });
  it("Broadway Mansions has 19 floors and about 78 m, by B. Fraser of Palmer & Turner", () => {
    const b = landmark("broadway-mansions");
    expect(b.shape.kind).toBe("building");
    if (b.shape.kind !== "building") return;
    const floors = b.shape.floors + b.shape.setbacks.reduce((s, x) => s + x.floors, 0);
    const height = b.shape.height + b.shape.setbacks.reduce((s, x) => s + x.height, 0);
    expect(floors).toBe(19);
    expect(height).toBe(78);
    expect(b.architect?.en).toBe("B. Fraser of Palmer & Turner");
    cites(b, "Wikipedia: Broadway Mansions");
  });
});

describe("every claim with its source and certainty", () => {
  const yearOf = (date: string) => new Date(edtf(date).min).getUTCFullYear();
  it("each landmark dates its building (and loss) with an EDTF date, a confidence and a source", () => {
    for (const l of bund.landmarks) {
      const first = l.events.find((e) => e.event === "built" || e.event === "opened");
      expect(first, l.id).toBeDefined();
      expect(yearOf(first!.date), l.id).toBe(l.built);
      if (l.demolished !== null)
        expect(
          l.events.map((e) => e.event === "demolished" && yearOf(e.date)),
          l.id,
        ).toContain(l.demolished);
      for (const e of l.events) {
        expect(() => edtf(e.date), `${l.id} ${e.date}`).not.toThrow();
        expect(e.sources.length, l.id).toBeGreaterThan(0);
        expect(["documented", "inferred", "conjectural"], l.id).toContain(e.confidence);
      }
      expect(l.shapeConfidence, l.id).toBeDefined();
    }
  });
  it("an uncertain date is marked uncertain: the War Memorial's removal is '1943?', inferred", () => {
    const removal = landmark("angel-of-peace").events.find((e) => e.event === "demolished")!;
    expect(edtf(removal.date).uncertain).toBeTruthy();
    expect(removal.confidence).toBe("inferred");
  });
});
