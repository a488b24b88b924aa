// The voice caption names who is speaking (guides first), counts the rest, in both languages, and says that speech
// is not transcribed.
import { describe, expect, it } from "vitest";
import { voiceCaption } from "../../../client/state/voiceCaption";

describe("voice caption", () => {
  it("is empty when nobody heard is speaking", () => {
    expect(voiceCaption([], "en")).toBeNull();
  });
  it("names the guide first, in English and in Chinese", () => {
    const speakers = [
      { name: "Ann", role: "visitor" as const },
      { name: "Mei Lin", role: "guide" as const },
    ];
    expect(voiceCaption(speakers, "en")!.line).toBe("[Mei Lin (guide) and Ann are speaking]");
    expect(voiceCaption(speakers, "zh")!.line).toBe("［Mei Lin（导游）和Ann正在说话］");
    expect(voiceCaption([speakers[1]], "en")!.line).toBe("[Mei Lin (guide) is speaking]");
    expect(voiceCaption([speakers[1]], "en")!.note).toMatch(/not transcribed/);
    expect(voiceCaption([speakers[1]], "zh")!.note).toMatch(/没有文字转写/);
  });
  it("names three and counts the others", () => {
    const crowd = ["A", "B", "C", "D", "E"].map((name) => ({ name, role: "visitor" as const }));
    expect(voiceCaption(crowd, "en")!.line).toBe("[A, B, C and 2 more are speaking]");
    expect(voiceCaption(crowd, "zh")!.line).toBe("［A、B、C和另外2人正在说话］");
  });
});
