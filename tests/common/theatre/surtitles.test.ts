// The theatre's content, checked together: both languages' surtitles carry the same cues at the same times, every
// line has its libretto entry (tune, glosses whose terms occur in it), every voice is a known role, and every
// character's pinyin is either the dictionary's (pinyin-pro) or a reading checked by hand and listed with a reason.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { cueText, parseSurtitles, surtitleMismatch } from "../../../client/state/surtitleFile";
import { parseChoreography } from "../../../common/theatre/choreography";
import { parseLibretto, roleOfVoice } from "../../../common/theatre/libretto";

const dir = path.resolve(import.meta.dirname, "../../../assets/theatre");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const zh = parseSurtitles(read("youyuan.zh.vtt"), "youyuan.zh.vtt");
const en = parseSurtitles(read("youyuan.en.vtt"), "youyuan.en.vtt");
const libretto = parseLibretto(JSON.parse(read("youyuan.libretto.json")));
const choreography = parseChoreography(JSON.parse(read("youyuan.choreography.json")));

describe("the surtitles of 《游园》", () => {
  it("cover the same cues with the same timings in Chinese and English", () => {
    expect(zh.length).toBeGreaterThanOrEqual(20);
    expect(surtitleMismatch(zh, en)).toBeNull();
  });

  it("include the aria 【皂罗袍】 in the edition's wording (看的, not 看得)", () => {
    const text = zh.map(cueText).join("");
    expect(text).toContain("原来姹紫嫣红开遍，似这般都付与断井颓垣。良辰美景奈何天，赏心乐事谁家院！");
    expect(text).toContain("朝飞暮卷，云霞翠轩；雨丝风片，烟波画船——锦屏人忒看的这韶光贱！");
  });

  it("name a known role in every voice tag, the same role in both languages", () => {
    zh.forEach((c, i) => {
      expect(roleOfVoice(libretto, c.voice), `${c.id}: ${c.voice}`).not.toBeNull();
      expect(roleOfVoice(libretto, en[i].voice), `${c.id}: ${en[i].voice}`).toBe(roleOfVoice(libretto, c.voice));
    });
  });

  it("end within the choreography's length", () => {
    expect(zh[zh.length - 1].endMs).toBeLessThanOrEqual(choreography.lengthMs);
  });

  it("give every Chinese character its pinyin in ruby, and English no ruby", () => {
    for (const c of zh)
      for (const r of c.runs) {
        const han = [...r.text].filter((ch) => /\p{Script=Han}/u.test(ch));
        if ("ruby" in r) expect(han.length, `${c.id}: ${r.text}`).toBe(1);
        else expect(han, `${c.id}: "${r.text}" has no pinyin`).toEqual([]);
      }
    expect(en.every((c) => c.runs.every((r) => !("ruby" in r)))).toBe(true);
  });
});

describe("the pinyin", () => {
  // The dictionary's reading of each character in its line (citation tones), beside the one the file gives.
  const differences = zh.flatMap((c) => {
    const chars = c.runs.filter((r): r is { text: string; ruby: string } => "ruby" in r);
    // The whole line, punctuation included: pinyin-pro reads a character in its phrase.
    const dictionary = pinyin(cueText(c), { type: "array", toneSandhi: false, nonZh: "removed" });
    return chars.flatMap((r, i) => (r.ruby === dictionary[i] ? [] : [{ cue: c.id, char: r.text, pinyin: r.ruby }]));
  });

  it("differs from pinyin-pro exactly at the readings checked by hand", () => {
    const checked = libretto.readings.map(({ cue, char, pinyin }) => ({ cue, char, pinyin }));
    expect(differences).toEqual(checked);
  });

  it("reads 忒 as tuī and 看 as kàn in 【皂罗袍】", () => {
    const line = zh.find((c) => c.id === "zlp-4")!;
    const reading = (ch: string) => line.runs.find((r) => r.text === ch && "ruby" in r) as { ruby: string };
    expect([reading("忒").ruby, reading("看").ruby, reading("的").ruby]).toEqual(["tuī", "kàn", "de"]);
  });
});

describe("the libretto", () => {
  it("has one entry for each cue, in the same order", () => {
    expect(libretto.lines.map((l) => l.cue)).toEqual(zh.map((c) => c.id));
  });

  it("glosses words that occur in their line, each with a named source, in both languages", () => {
    for (const line of libretto.lines) {
      const text = cueText(zh.find((c) => c.id === line.cue)!);
      for (const g of line.glosses) {
        for (const term of g.term.split("、")) expect(text, `${line.cue}: ${g.term}`).toContain(term);
        expect(g.source.citation.zh.length).toBeGreaterThan(0);
      }
    }
  });

  it("names its edition and credits the translation to the museum", () => {
    expect(libretto.edition.name.zh).toContain("汲古阁");
    expect(libretto.credits.translation.en).toContain("Digital Bund");
  });

  it("is refused with the field named when a gloss has no source", () => {
    const broken = JSON.parse(read("youyuan.libretto.json"));
    delete broken.lines[3].glosses[0].source;
    expect(() => parseLibretto(broken)).toThrow(/Libretto is invalid at lines\.3\.glosses\.0\.source/);
  });
});
