// Captions from a stop's text: sentences in each language, long ones cut at commas, spread over the narration span.
import { describe, expect, it } from "vitest";
import { captionLines, captionTimeline, cueIndexAt, narrationSpanMs } from "../../../client/state/captionTimeline";

const EN =
  "The Customs House opened in 1927. Its clock, “Big Ching”, played the Westminster chimes! Who paid for it? The Chinese Maritime Customs did.";
const ZH = "海关大楼于1927年落成。钟楼的大钟，人称“大清钟”，奏响威斯敏斯特钟声！谁出的钱？江海关。";

describe("caption lines", () => {
  it("splits English at sentence ends, keeping quotes and abbreviations-free sentences whole", () => {
    expect(captionLines(EN, "en")).toEqual([
      "The Customs House opened in 1927.",
      "Its clock, “Big Ching”, played the Westminster chimes!",
      "Who paid for it?",
      "The Chinese Maritime Customs did.",
    ]);
  });
  it("splits Chinese at 。！？ without spaces, and keeps a closing quote on its sentence", () => {
    expect(captionLines(ZH, "zh")).toEqual([
      "海关大楼于1927年落成。",
      "钟楼的大钟，人称“大清钟”，奏响威斯敏斯特钟声！",
      "谁出的钱？",
      "江海关。",
    ]);
    expect(captionLines("他说：“好。”然后走了。", "zh")).toEqual(["他说：“好。”", "然后走了。"]);
  });
  it("cuts a sentence longer than two caption lines at its commas", () => {
    const long = Array.from({ length: 8 }, (_, i) => `clause number ${i} of a long sentence`).join(", ") + ".";
    const lines = captionLines(long, "en");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(140);
    expect(lines.join(" ")).toBe(long);
  });
  it("gives nothing for empty text", () => {
    expect(captionLines("   ", "en")).toEqual([]);
    expect(captionTimeline("", "en", 10_000)).toEqual([]);
  });
});

describe("caption timeline", () => {
  it("covers the whole span, back to back, longer lines for longer ones", () => {
    const cues = captionTimeline(EN, "en", 20_000);
    expect(cues[0].startMs).toBe(0);
    expect(cues.at(-1)!.endMs).toBe(20_000);
    for (let i = 1; i < cues.length; i++) expect(cues[i].startMs).toBe(cues[i - 1].endMs);
    const length = (i: number) => cues[i].endMs - cues[i].startMs;
    expect(length(1)).toBeGreaterThan(length(2));
  });
  it("English and Chinese run the same span, so both groups finish together", () => {
    const span = narrationSpanMs({ en: EN, zh: ZH }, 300);
    expect(captionTimeline(EN, "en", span).at(-1)!.endMs).toBe(captionTimeline(ZH, "zh", span).at(-1)!.endMs);
  });
  it("the span reads the slower language at a comfortable pace, at most the stop's duration", () => {
    expect(narrationSpanMs({ en: "a".repeat(150), zh: "字".repeat(10) }, 300)).toBe(10_000);
    expect(narrationSpanMs({ en: "a".repeat(15), zh: "字".repeat(100) }, 300)).toBe(20_000);
    expect(narrationSpanMs({ en: "a".repeat(15000), zh: "字" }, 60)).toBe(60_000);
    expect(narrationSpanMs({ en: "Hi.", zh: "好。" }, 60)).toBe(2500);
  });
  it("finds the cue showing at a moment, and none outside the span", () => {
    const cues = captionTimeline(EN, "en", 20_000);
    expect(cueIndexAt(cues, -1)).toBe(-1);
    expect(cueIndexAt(cues, 0)).toBe(0);
    for (let i = 0; i < cues.length; i++) {
      expect(cueIndexAt(cues, cues[i].startMs)).toBe(i);
      expect(cueIndexAt(cues, cues[i].endMs - 1)).toBe(i);
    }
    expect(cueIndexAt(cues, 20_000)).toBe(-1);
  });
});
