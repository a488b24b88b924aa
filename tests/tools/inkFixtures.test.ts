// The judge's generated fixtures are the fixture tool's output, byte for byte: anyone can rebuild and check them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bow } from "../../tools/ink/inkCases";
import { characterData, FIXTURE_DIR, toStored } from "../../tools/ink/inkFixtureFile";
import { allCases } from "../../tools/ink/makeInkFixtures";

describe("ink fixtures", () => {
  it("are what tools/ink/makeInkFixtures.ts writes (rerun it after changing the generator)", () => {
    const stored = readFileSync(path.join(FIXTURE_DIR, "generated.json"), "utf8");
    expect(toStored(allCases(), "tools/ink/makeInkFixtures.ts") === stored).toBe(true);
  });

  it("only mirror strokes that bow enough to change shape", () => {
    const shapes = allCases().filter((c) => c.id.includes("-shape-"));
    for (const c of shapes) {
      const k = Number(c.id.split("-").pop()) - 1;
      const median = characterData(c.char).medians[k].map(([x, y]) => ({ x, y }));
      expect(bow(median), c.id).toBeGreaterThan(0.12);
    }
  });
});
