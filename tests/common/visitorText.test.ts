// Visitor-given text (common/visitorText.ts) and display names (common/displayName.ts): well-formed, no invisible
// characters, emoji sequences whole, cut on grapheme clusters within both limits.
import { describe, expect, it } from "vitest";
import { cleanDisplayName, MAX_DISPLAY_NAME, MAX_DISPLAY_NAME_BYTES } from "../../common/displayName";
import {
  cleanVisitorText,
  graphemeCount,
  graphemes,
  isWellFormed,
  MAX_GRAPHEME_BYTES,
  textFlaw,
  utf8Bytes,
} from "../../common/visitorText";

const family = "👨‍👩‍👧"; // man ZWJ woman ZWJ girl
const scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16));

describe("cleanVisitorText", () => {
  it("makes unpaired surrogates U+FFFD, so the text has one UTF-8 form", () => {
    expect(cleanVisitorText("\uD800中".repeat(3), { graphemes: 10, bytes: 100 })).toBe("\uFFFD中".repeat(3));
    expect(cleanVisitorText("a\uDC00b\uD83D", { graphemes: 10, bytes: 100 })).toBe("a\uFFFDb\uFFFD");
  });

  it("removes bidi controls, zero-width and stray tag characters, BOM, soft hyphen and blank fillers", () => {
    const hidden = [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200E",
      "\u200F",
      "\u061C",
      "\u200B",
      "\u200C",
      "\u200D",
      "\u2060",
      "\uFEFF",
      "\u00AD",
      "\u{E0001}",
      "\u{E0041}",
      "\u{E007F}",
      "\u3164",
      "\u2800",
    ];
    for (const h of hidden)
      expect(codePoints(cleanVisitorText(`Ad${h}a`, { graphemes: 32, bytes: 96 }))).toEqual(["41", "64", "61"]);
  });

  it("keeps the joiner inside emoji sequences, skin tones, variation selectors and subdivision flags", () => {
    const kept = [family, "👩🏽‍💻", "❤️", "🏳️‍🌈", scotland, "👨🏻‍👩🏻‍👧🏻‍👦🏻"];
    for (const k of kept) expect(cleanVisitorText(`hi ${k}!`, { graphemes: 32, bytes: 96 })).toBe(`hi ${k}!`);
  });

  it("keeps the joiners where scripts shape with them (Persian ZWNJ, Devanagari after a virama)", () => {
    expect(cleanVisitorText("می\u200Cخواهم", { graphemes: 32, bytes: 96 })).toBe("می\u200Cخواهم");
    expect(cleanVisitorText("क्\u200Dष", { graphemes: 32, bytes: 96 })).toBe("क्\u200Dष");
  });

  it("folds controls, line breaks and every kind of space into one space, trims, and composes (NFC)", () => {
    expect(cleanVisitorText("  Ada\n\t\u0000Lovelace\u2028\u3000x ", { graphemes: 32, bytes: 96 })).toBe(
      "Ada Lovelace x",
    );
    expect(cleanVisitorText("Jose\u0301", { graphemes: 32, bytes: 96 })).toBe("José");
  });

  it("cuts on whole grapheme clusters: never inside an emoji or a ZWJ sequence", () => {
    expect(cleanVisitorText("a".repeat(31) + "😀", { graphemes: 32, bytes: 96 })).toBe("a".repeat(31) + "😀");
    expect(cleanVisitorText("a".repeat(32) + "😀", { graphemes: 32, bytes: 96 })).toBe("a".repeat(32));
    expect(cleanVisitorText("a".repeat(30) + family, { graphemes: 31, bytes: 96 })).toBe("a".repeat(30) + family);
    // The byte limit falls inside the family: it goes whole.
    expect(cleanVisitorText("a".repeat(80) + family, { graphemes: 200, bytes: 96 })).toBe("a".repeat(80));
  });

  it("obeys both limits, whichever comes first", () => {
    expect(graphemeCount(cleanVisitorText("中".repeat(50), { graphemes: 32, bytes: 96 }))).toBe(32);
    expect(cleanVisitorText("中".repeat(50), { graphemes: 50, bytes: 90 })).toBe("中".repeat(30));
    expect(cleanVisitorText("😀".repeat(50), { graphemes: 32, bytes: 96 })).toBe("😀".repeat(24));
  });

  it("bounds each cluster: a letter under 10,000 combining marks keeps its first marks, within MAX_GRAPHEME_BYTES", () => {
    const out = cleanVisitorText("a" + "\u0301".repeat(10_000) + "b", { graphemes: 32, bytes: 96 });
    expect(utf8Bytes(out)).toBeLessThanOrEqual(MAX_GRAPHEME_BYTES + 1);
    expect(out.startsWith("á\u0301")).toBe(true);
    expect(out.endsWith("b")).toBe(true);
    expect(graphemeCount(out)).toBe(2);
  });

  it("is well-formed for any mix of units (fuzzed)", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      const units = Array.from(
        { length: Math.floor(rand() * 60) },
        () =>
          [0xd800, 0xdc00, 0x200d, 0x301, 0x4e2d, 0x61, 0x202e, 0xfe0f][Math.floor(rand() * 8)] +
          Math.floor(rand() * 3),
      );
      const out = cleanVisitorText(String.fromCharCode(...units), { graphemes: 32, bytes: 96 });
      expect(isWellFormed(out)).toBe(true);
      expect(utf8Bytes(out)).toBeLessThanOrEqual(96);
      expect(graphemeCount(out)).toBeLessThanOrEqual(32);
      expect(cleanVisitorText(out, { graphemes: 32, bytes: 96 })).toBe(out); // clean text stays as it is
    }
  });
});

describe("graphemes", () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const reference = (s: string) => Array.from(segmenter.segment(s), (g) => g.segment);

  it("finds the clusters Intl.Segmenter finds, segmenting only around joining code points (fuzzed)", () => {
    // Pieces of every kind UAX #29 joins: marks, ZWJ sequences, skin tones, flags (regional indicators and tags),
    // Hangul jamo and syllables, CR LF, prepended marks, Indic conjuncts, lone surrogates, and plain text between.
    const pieces = [
      "a",
      "中",
      " ",
      "😀",
      "\u0301",
      "\u200D",
      "👨",
      "🏽",
      "🇨",
      "🇳",
      "\u{E0067}",
      "\u{E007F}",
      "🏴",
      "\u1100",
      "\u1161",
      "\u11A8",
      "각",
      "가",
      "\r",
      "\n",
      "\u0600",
      "\u0D4E",
      "क",
      "\u094D",
      "ष",
      "\uD800",
      "\uDC00",
      "\uFE0F",
      "\u200C",
      "\t",
    ];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: rand(24) }, () => pieces[rand(pieces.length)]).join("");
      expect(graphemes(s), JSON.stringify(s)).toEqual(reference(s));
    }
    const plan = "外滩的海关大楼建于1927年，The Customs House 👨‍👩‍👧 ❤️ 🇨🇳 Jose\u0301\r\n".repeat(40);
    expect(graphemes(plan)).toEqual(reference(plan));
  });
});

describe("cleanDisplayName", () => {
  it("keeps honest names, drops markup and stray brackets", () => {
    expect(cleanDisplayName("  Ada   Lovelace ")).toBe("Ada Lovelace");
    expect(cleanDisplayName("李<b>白</b>")).toBe("李白");
    expect(cleanDisplayName("a<>b")).toBe("ab");
    expect(cleanDisplayName(`Mei ${family}`)).toBe(`Mei ${family}`);
  });

  it("the issue's names: lone surrogates repaired, 31 letters and an emoji kept whole", () => {
    const lone = cleanDisplayName("\uD800中".repeat(16));
    expect(isWellFormed(lone)).toBe(true);
    expect(lone).toBe("\uFFFD中".repeat(16));
    expect(cleanDisplayName("a".repeat(31) + "😀")).toBe("a".repeat(31) + "😀");
    expect(graphemeCount(cleanDisplayName("x".repeat(100)))).toBe(MAX_DISPLAY_NAME);
    expect(utf8Bytes(cleanDisplayName("😀".repeat(100)))).toBeLessThanOrEqual(MAX_DISPLAY_NAME_BYTES);
  });

  it("right-to-left overrides and zero-width characters do not survive in a name", () => {
    expect(cleanDisplayName("\u202Enimda\u202C")).toBe("nimda");
    expect(cleanDisplayName("Guide\u200B\u2060 Mei\uFEFF")).toBe("Guide Mei");
  });
});

describe("textFlaw (plan text over REST)", () => {
  it("accepts honest text with line breaks, emoji and both languages", () => {
    for (const s of [
      "The Customs House,\nbuilt 1927.",
      "海关大楼 🕰️",
      `With ${family} and ${scotland}`,
      "Tab\tseparated",
    ])
      expect(textFlaw(s)).toBeNull();
  });

  it("names what is wrong: unpaired surrogates, controls, invisible characters, over-long clusters", () => {
    expect(textFlaw("ok\uD800")).toMatch(/unpaired UTF-16 surrogate, U\+D800, at 2/);
    expect(textFlaw("bell\u0007")).toMatch(/control character \(U\+0007\) at 4/);
    expect(textFlaw("\u202Eevil")).toMatch(/invisible formatting character \(U\+202E\) at 0/);
    expect(textFlaw("x\u{E0041}")).toMatch(/U\+E0041/);
    expect(textFlaw("a" + "\u0301".repeat(100))).toMatch(/more than 48 bytes/);
  });
});
