// A line's gloss from the theatre's real content: the line in both languages with its pinyin, the tune and the
// singer, every gloss with its source, the hand-checked reading (忒 tuī) and the other copies' wording (看得); and
// the VR reading panel's text made from it, in each language. An unknown line has none.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { glossReading } from "../../../client/app/places/theatreVrTitles";
import { lineGloss } from "../../../client/state/lineGloss";
import { cuePinyin, parseSurtitles } from "../../../client/state/surtitleFile";
import { parseLibretto } from "../../../common/theatre/libretto";

const dir = path.resolve(import.meta.dirname, "../../../assets/theatre");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const surtitles = {
  zh: parseSurtitles(read("youyuan.zh.vtt"), "youyuan.zh.vtt"),
  en: parseSurtitles(read("youyuan.en.vtt"), "youyuan.en.vtt"),
};
const libretto = parseLibretto(JSON.parse(read("youyuan.libretto.json")));

describe("lineGloss", () => {
  const g = lineGloss(libretto, surtitles, "zlp-4")!;
  const entry = libretto.lines.find((l) => l.cue === "zlp-4")!;

  it("gives the line in Chinese, pinyin and English, with its tune and singers", () => {
    expect(g.zh).toBe("锦屏人忒看的这韶光贱！");
    expect(g.pinyin).toBe("jǐn píng rén tuī kàn de zhè sháo guāng jiàn！");
    expect(g.en).toBe(
      surtitles.en
        .find((c) => c.id === "zlp-4")!
        .runs.map((r) => r.text)
        .join(""),
    );
    expect(g.tune).toEqual(entry.tune);
    expect(g.role).toEqual(libretto.roles.find((r) => r.id === "together")!.voice);
  });

  it("carries every gloss with its source, the reading checked by hand and the other copies", () => {
    expect(g.glosses.map((x) => x.term)).toEqual(entry.glosses.map((x) => x.term));
    expect(g.glosses.map((x) => x.source)).toEqual(entry.glosses.map((x) => x.source.citation));
    expect(g.readings.map((r) => r.term)).toEqual(["忒 tuī"]);
    expect(g.variants.map((v) => v.reading)).toEqual(["锦屏人忒看得这韶光贱"]);
  });

  it("has none for a line that is not in the performance", () => {
    expect(lineGloss(libretto, surtitles, "zlp-99")).toBeNull();
  });
});

describe("the gloss on the VR reading panel", () => {
  const r = glossReading(lineGloss(libretto, surtitles, "zlp-4")!);

  it("is titled by tune and singers and reads the line, then each note, in the visitor's language", () => {
    const entry = libretto.lines.find((l) => l.cue === "zlp-4")!;
    expect(r.id).toBe("gloss:zlp-4");
    expect(r.title.zh).toBe(`${entry.tune.zh} · ${libretto.roles.find((x) => x.id === "together")!.voice.zh}`);
    const [line, ...notes] = r.body.zh.split("\n\n");
    expect(line.split("\n")).toEqual([
      "锦屏人忒看的这韶光贱！",
      cuePinyin(surtitles.zh.find((c) => c.id === "zlp-4")!),
      expect.any(String),
    ]);
    expect(notes[0]).toBe(
      `${entry.glosses[0].term}：${entry.glosses[0].note.zh} — ${entry.glosses[0].source.citation.zh}`,
    );
    expect(notes.at(-1)).toMatch(/^异文 锦屏人忒看得这韶光贱：/);
    expect(r.body.en.split("\n\n").at(-1)).toMatch(/^Other copies 锦屏人忒看得这韶光贱: /);
    expect(r.body.en).toContain(entry.glosses[0].note.en);
  });
});
