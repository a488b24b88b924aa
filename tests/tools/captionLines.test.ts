// Chinese caption lines break between words, never inside one or between a number and its unit (Intl.Segmenter).
import { describe, expect, it } from "vitest";
import { readTimings } from "../../tools/catalog/timingsFile";
import { buildCatalog } from "../../tools/catalog/catalogFiles";
import { wordBoundaries, wrap } from "../../tools/catalog/captions";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const { files } = buildCatalog(readTimings(root));

describe("caption lines", () => {
  it("break a Chinese cue at a word boundary: '书画' and '1821年' stay whole", () => {
    expect(wrap("这件书画作品制作于1821年至1850年之间。", "zh")).toBe("这件书画作品制作于\n1821年至1850年之间。");
    expect(wrap("年代为清道光，作品为书画卷轴，现藏于本馆。", "zh").split("\n")[1]).not.toMatch(/^[，。、]/);
  });
  it("no generated Chinese caption file breaks a word or a number across lines", () => {
    const zh = [...files].filter(([name]) => name.endsWith(".zh.vtt"));
    expect(zh.length).toBeGreaterThanOrEqual(30);
    for (const [name, vtt] of zh)
      for (const block of vtt.split("\n\n").slice(1)) {
        const lines = block.split("\n").slice(2).filter(Boolean);
        if (lines.length < 2) continue;
        const cue = lines.join("");
        expect(wordBoundaries(cue, "zh"), `${name}: ${lines.join(" / ")}`).toContain(lines[0].length);
      }
  });
});
