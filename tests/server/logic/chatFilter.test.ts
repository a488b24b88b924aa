// The chat filter: abuse hidden in English (with leetspeak) and Chinese, the rest of the line kept; and every text
// the museum itself shows — catalog records, scenes, tours, captions — passing untouched, in both languages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createChatFilter, MUSEUM_ENGLISH, MUSEUM_PHRASES, MUSEUM_WORDS } from "../../../server/logic/chatFilter";

const root = path.resolve(import.meta.dirname, "../../..");
const filter = createChatFilter();

/** Every string value in a JSON file, and every cue line of a caption file. */
function museumTexts(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  for (const dir of ["assets/catalog", "assets/tours", "scenes"])
    for (const f of readdirSync(path.join(root, dir)).filter((n) => n.endsWith(".json")))
      walk(JSON.parse(readFileSync(path.join(root, dir, f), "utf8")));
  for (const f of readdirSync(path.join(root, "assets/captions")).filter((n) => n.endsWith(".vtt")))
    out.push(...readFileSync(path.join(root, "assets/captions", f), "utf8").split("\n"));
  return [...new Set(out.filter((s) => s.length > 2 && !/^[\w./-]+$/.test(s)))];
}

describe("the chat filter", () => {
  it("hides English abuse, also disguised, and keeps the rest of the line", () => {
    expect(filter.clean("what a view of the river")).toEqual({ text: "what a view of the river", filtered: false });
    const caught = filter.clean("you are a f4ck1ng idiot");
    expect(caught.filtered).toBe(true);
    expect(caught.text).toMatch(/^you are a ＊+/);
    expect(filter.clean("Shit, the Customs House!").text).toBe("＊＊＊＊, the Customs House!");
  });

  it("hides Chinese abuse and keeps the rest of the line", () => {
    expect(filter.clean("你他妈的真烦")).toEqual({ text: "你＊＊＊真烦", filtered: true });
    expect(filter.clean("傻逼 and shit").text).toBe("＊＊ and ＊＊＊＊");
  });

  it("lets museum words through: single characters, the allow-list, protected phrases, measurements", () => {
    for (const text of [
      "乳白色的大理石外墙",
      "成化斗彩鸡缸杯",
      "吹箫的仕女",
      "从山阴道上行，山川自相映发",
      "13.9 cm",
      "处女作",
    ])
      expect(filter.clean(text)).toEqual({ text, filtered: false });
    for (const w of [...MUSEUM_WORDS, ...MUSEUM_PHRASES, ...MUSEUM_ENGLISH])
      expect(filter.clean(w).filtered, w).toBe(false);
    for (const text of ["Du Fu's poem", "Shitao's landscape", "Fu Shan's cursive", "00:00:32.717"])
      expect(filter.clean(text)).toEqual({ text, filtered: false });
  });

  it("passes every text the museum shows, in English and Chinese", () => {
    const texts = museumTexts();
    expect(texts.length).toBeGreaterThan(2000);
    const flagged = texts.filter((t) => filter.clean(t).filtered).map((t) => `${t} → ${filter.clean(t).text}`);
    expect(flagged).toEqual([]);
  });

  it("gives the same line the same result", () => {
    const line = "你他妈的 sh1t 乳白色";
    expect(filter.clean(line)).toEqual(filter.clean(line));
  });
});
