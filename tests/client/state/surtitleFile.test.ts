// Reading a WebVTT surtitle file: ids, times, the voice and ruby runs come out; a broken file is refused naming
// its line; cueIndexAt finds the line showing; surtitleMismatch says where two languages part.
import { describe, expect, it } from "vitest";
import { cueIndexAt, cueText, parseSurtitles, surtitleMismatch } from "../../../client/state/surtitleFile";

const zh = `WEBVTT

a-1
00:00:01.000 --> 00:00:03.500
<v 杜丽娘><ruby>原<rt>yuán</rt>来<rt>lái</rt></ruby>，开遍。</v>

a-2
00:00:04.000 --> 00:00:06.000
<v 春香>好。</v>
`;

describe("parseSurtitles", () => {
  const cues = parseSurtitles(zh, "test.zh.vtt");

  it("reads ids, times in ms, the voice and the runs", () => {
    expect(cues.map((c) => [c.id, c.startMs, c.endMs, c.voice])).toEqual([
      ["a-1", 1000, 3500, "杜丽娘"],
      ["a-2", 4000, 6000, "春香"],
    ]);
    expect(cues[0].runs).toEqual([{ text: "原", ruby: "yuán" }, { text: "来", ruby: "lái" }, { text: "，开遍。" }]);
    expect(cueText(cues[0])).toBe("原来，开遍。");
  });

  it("refuses a file with a broken tag, naming the file and line", () => {
    const bad = zh.replace("<v 春香>好。</v>", "<v 春香><x>好。</x></v>");
    expect(() => parseSurtitles(bad, "bad.vtt")).toThrow(/bad\.vtt near line 10: Incorrect start tag/);
  });

  it("refuses a cue without an id and cues that overlap", () => {
    expect(() => parseSurtitles(zh.replace("a-2\n", ""), "noid.vtt")).toThrow(/noid\.vtt: the cue at 4s has no id/);
    expect(() => parseSurtitles(zh.replace("00:00:04.000", "00:00:03.000"), "o.vtt")).toThrow(
      /cue a-2 starts before cue a-1 ends/,
    );
  });
});

describe("cueIndexAt", () => {
  const cues = parseSurtitles(zh, "test.zh.vtt");
  it("finds the line showing, and none between lines", () => {
    expect([0, 1000, 3499, 3500, 3999, 4000, 5999, 6000].map((ms) => cueIndexAt(cues, ms))).toEqual([
      -1, 0, 0, -1, -1, 1, 1, -1,
    ]);
  });
});

describe("surtitleMismatch", () => {
  const a = parseSurtitles(zh, "a.vtt");
  it("is null for the same cues, and names the cue whose time differs", () => {
    expect(surtitleMismatch(a, parseSurtitles(zh.replace(/<v [^>]+>/g, "<v X>"), "b.vtt"))).toBeNull();
    const later = parseSurtitles(zh.replace("00:00:06.000", "00:00:06.500"), "c.vtt");
    expect(surtitleMismatch(a, later)).toMatch(/cue a-2 runs 4000–6000 ms in one file and 4000–6500 ms/);
    expect(surtitleMismatch(a, a.slice(1))).toBe("2 cues against 1");
  });
});
