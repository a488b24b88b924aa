// The studio's stroke data, read at server start from hanzi-writer-data: only the lesson characters, each under its
// code point, with the Arphic Public License text and a notice of what we changed (the licence asks for both).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { lessonCharacters, strokeFileName } from "../../common/ink/lessons";

const require = createRequire(import.meta.url);

export const STROKE_DATA_NOTICE = [
  "Stroke data for the Digital Ink studio",
  "",
  "These files come from hanzi-writer-data 2.0.1 (https://github.com/chanind/hanzi-writer-data), derived from",
  "Make Me a Hanzi (https://github.com/skishore/makemeahanzi) and the Arphic PL KaitiM GB and UKai fonts.",
  "They are distributed under the Arphic Public License, whose text is in ARPHICPL.TXT beside this notice.",
  "",
  "Changes made by Digital Bund: only the characters the studio's lessons use are served, each under its Unicode",
  "code point in hexadecimal (6c38.json for 永) instead of under the character itself. The content of each file",
  "(strokes, medians, radStrokes) is unchanged.",
  "",
].join("\n");

export interface StrokeDataFile {
  type: string;
  body: string;
}

/** Every file to serve, by name: one JSON file per character, ARPHICPL.TXT and NOTICE.txt. */
export function loadStrokeData(chars: readonly string[] = lessonCharacters()): Map<string, StrokeDataFile> {
  const dir = path.dirname(require.resolve("hanzi-writer-data/package.json"));
  const files = new Map<string, StrokeDataFile>();
  for (const char of chars) {
    let body: string;
    try {
      body = readFileSync(path.join(dir, `${char}.json`), "utf8");
    } catch {
      throw new Error(`hanzi-writer-data has no stroke data for "${char}", a lesson character (common/ink/lessons.ts)`);
    }
    files.set(strokeFileName(char), { type: "application/json", body });
  }
  const text = "text/plain; charset=utf-8";
  files.set("ARPHICPL.TXT", { type: text, body: readFileSync(path.join(dir, "ARPHICPL.TXT"), "utf8") });
  files.set("NOTICE.txt", { type: text, body: STROKE_DATA_NOTICE });
  return files;
}
