// The one rule for narration: which recording plays and which captions go with it, for every shape of media.
import { describe, expect, it } from "vitest";
import { chooseNarration } from "../../common/narrationChoice";
import type { NarrationMedia } from "../../common/narrationMedia";

const captions = { en: "captions/x.en.vtt", zh: "captions/x.zh.vtt" };
const both: NarrationMedia = { audio: "audio/x.en.mp3", audioZh: "audio/x.zh.mp3", captions };
const englishOnly: NarrationMedia = { audio: "audio/x.en.mp3", captions };
const chineseOnly: NarrationMedia = { audioZh: "audio/x.zh.mp3", captions };
const silent: NarrationMedia = { captions };
const spokenIn = { "audio/x.en.mp3": "en", "audio/x.zh.mp3": "zh" } as const;

describe("chooseNarration", () => {
  it("plays the visitor's own language where it is recorded", () => {
    expect(chooseNarration(both, "en")).toEqual({ audio: "audio/x.en.mp3", lang: "en", captions: captions.en });
    expect(chooseNarration(both, "zh")).toEqual({ audio: "audio/x.zh.mp3", lang: "zh", captions: captions.zh });
  });

  it("a Chinese visitor of an English-only recording gets English captions, timed to what plays", () => {
    expect(chooseNarration(englishOnly, "zh")).toEqual({ audio: "audio/x.en.mp3", lang: "en", captions: captions.en });
  });

  it("an English visitor of a Chinese-only recording still hears it, with the Chinese captions timed to it", () => {
    expect(chooseNarration(chineseOnly, "en")).toEqual({ audio: "audio/x.zh.mp3", lang: "zh", captions: captions.zh });
  });

  it("never pairs a recording with the other language's captions, whatever the media and the visitor's language", () => {
    for (const media of [both, englishOnly, chineseOnly]) {
      for (const lang of ["en", "zh"] as const) {
        const c = chooseNarration(media, lang);
        expect(c, `${JSON.stringify(media)} / ${lang}`).not.toBeNull();
        expect(c!.lang).toBe(spokenIn[c!.audio as keyof typeof spokenIn]);
        expect(c!.captions).toBe(media.captions[c!.lang]);
      }
    }
  });

  it("chooses nothing when nothing is recorded", () => {
    expect(chooseNarration(silent, "en")).toBeNull();
    expect(chooseNarration(silent, "zh")).toBeNull();
    expect(chooseNarration(undefined, "zh")).toBeNull();
  });
});
