// Every word of the interface exists in English and Chinese, in every table, and the one lookup fills slots alike.
import { describe, expect, it } from "vitest";
import { UI_STRINGS } from "../../../client/ui/i18n";
import { wordsOf, type StringTable } from "../../../client/ui/strings";
import { GUIDE_STRINGS } from "../../../client/ui/tourGuideStrings";
import { TOUR_STRINGS } from "../../../client/ui/tourStrings";
import { XR_STRINGS } from "../../../client/xr/xrStrings";
import { LAYER_STRINGS } from "../../../client/ui/layerSwitch";

const TABLES: Record<string, StringTable> = {
  ui: UI_STRINGS,
  guide: GUIDE_STRINGS,
  tour: TOUR_STRINGS,
  xr: XR_STRINGS,
  layer: LAYER_STRINGS,
};
const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
const slotsOf = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// The server's detail is English: only an English sentence may carry it (client/ui/tourStrings.ts refusalText).
const ENGLISH_ONLY = "detail";
const sharedSlots = (s: string) => slotsOf(s).filter((slot) => slot !== ENGLISH_ONLY);

describe("the string tables", () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: every key has English and Chinese, the Chinese written in Chinese, with the same slots`, () => {
      const flaws: string[] = [];
      for (const [key, text] of Object.entries(table)) {
        if (!text.en?.trim()) flaws.push(`${key}: no English`);
        if (!text.zh?.trim()) flaws.push(`${key}: no Chinese`);
        // Letters that are not a slot name: the Chinese must then hold Chinese too (not a copy of the English).
        const words = (text.en ?? "").replace(/\{\w+\}/g, "");
        if (LATIN.test(words) && !HAN.test(text.zh ?? ""))
          flaws.push(`${key}: Chinese "${text.zh}" has no Chinese characters`);
        if (sharedSlots(text.en ?? "").join() !== sharedSlots(text.zh ?? "").join()) flaws.push(`${key}: slots differ`);
        if (slotsOf(text.zh ?? "").includes(ENGLISH_ONLY)) flaws.push(`${key}: the server's English detail in Chinese`);
      }
      expect(flaws).toEqual([]);
    });
  }

  it("the language switch names the other language in its own script", () => {
    expect(UI_STRINGS.switchLang).toEqual({ en: "中文", zh: "English" });
  });
});

describe("wordsOf", () => {
  const say = wordsOf({ stopOf: { en: "Stop {n} of {m}", zh: "第 {n} 站，共 {m} 站" } });
  it("fills slots in either language, and an unfilled slot reads as nothing", () => {
    expect(say("stopOf", "en", { n: 2, m: 5 })).toBe("Stop 2 of 5");
    expect(say("stopOf", "zh", { n: 2, m: 5 })).toBe("第 2 站，共 5 站");
    expect(say("stopOf", "en")).toBe("Stop  of ");
  });
});
