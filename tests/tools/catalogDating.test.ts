// The catalog's dates as a historian checks them: no maker named before his manner existed, no ware outside its years.
import { describe, expect, it } from "vitest";
import { allRecords } from "../../tools/catalog/catalogFiles";
import { CERAMIC_WARES } from "../../tools/catalog/ceramics";
import { datingProblems } from "../../tools/catalog/datingChecks";
import { fittingManner, MAKERS, makersNamedIn, type Manner } from "../../tools/catalog/makers";
import { bi, type Built } from "../../tools/catalog/records";
import { WARE_SPANS } from "../../tools/catalog/wareSpans";

const built = allRecords();

describe("makers and their periods", () => {
  it("every generated record names makers only in periods when their manner existed, and wares only in their years", () => {
    expect(datingProblems(built)).toEqual([]);
  });
  it("the table is sound: each manner forms within its maker's life, at an age he could have formed it", () => {
    for (const [key, mk] of Object.entries(MAKERS)) {
      expect(mk.born, key).toBeLessThan(mk.died);
      expect(mk.mannerFrom - mk.born, key).toBeGreaterThanOrEqual(15);
      expect(mk.mannerFrom, key).toBeLessThanOrEqual(mk.died);
      expect(mk.source, key).toMatch(/\S{3}/);
    }
  });
  it("catches a seal of the Daoguang reign in the manner of Huang Shiling (born 1849)", () => {
    const seal = built.find((b) => b.record.category === "seal")!;
    const wrong: Built = {
      ...seal,
      record: {
        ...seal.record,
        period: { name: bi("Daoguang", "道光"), era: "qing", startYear: 1821, endYear: 1850 },
        description: bi("Carved in the manner of Huang Shiling.", "风格近黄士陵。"),
      },
    };
    expect(datingProblems([wrong])).toEqual([expect.stringContaining("names Huang Shiling (1849–1908)")]);
  });
  it("finds makers by either name and swaps a manner that came too late for one that fits", () => {
    expect(makersNamedIn(bi("after Wang Hui", ""))).toEqual(["wangHui"]);
    expect(makersNamedIn(bi("", "书风近于右任"))).toEqual(["yuYouren"]);
    const manners: Manner[] = [
      { maker: "dongQichang", line: bi("a", "a") },
      { maker: "wenZhengming", line: bi("b", "b") },
    ];
    expect(fittingManner(manners[0], manners, { endYear: 1566 })).toBe(manners[1]);
    expect(fittingManner(manners[0], manners, { endYear: 1620 })).toBe(manners[0]);
    expect(fittingManner(manners[0], manners.slice(0, 1), { endYear: 1566 })).toBeNull();
  });
  it("every ware has its dated span with a source, and catches a Ru dish of the Ming", () => {
    for (const ware of CERAMIC_WARES) expect(WARE_SPANS[ware.key], ware.key).toBeDefined();
    const ru = built.find((b) => b.group === "ru")!;
    const ming: Built = {
      ...ru,
      record: { ...ru.record, period: { ...ru.record.period, startYear: 1403, endYear: 1424 } },
    };
    expect(datingProblems([ming])).toEqual([expect.stringContaining("ru was made 1086–1127")]);
  });
  it("says celadon is a glaze: celadon wares are stoneware, and the famille-rose note dates the kiln's rebuilding to 1864", () => {
    for (const b of built.filter((x) => ["yue", "ru", "longquan"].includes(x.group)))
      expect(b.record.material, b.record.id).toBe("stoneware");
    const rose = built.filter((b) => b.group === "famille-rose").map((b) => b.record.description.en);
    expect(rose.some((d) => d.includes("rebuilt in 1864"))).toBe(true);
    expect(rose.some((d) => d.includes("revived under Guangxu"))).toBe(false);
  });
});
