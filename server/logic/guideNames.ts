// Guides' names are theirs: a visitor whose name looks like a guide account's (case, width, accents, spaces and
// common look-alike letters ignored) joins under that name marked " (visitor)". Pure; the clock is passed in.
import { cleanDisplayName, DISPLAY_NAME_LIMITS } from "../../common/displayName";
import { utf8Bytes, graphemeCount } from "../../common/visitorText";

/** What a visitor bearing a guide's name is called instead. */
export const VISITOR_MARK = " (visitor)";

/**
 * Latin, Cyrillic and Greek letters and digits that look alike, folded to one Latin letter (after lower-casing).
 * Not the whole of Unicode's confusables list: the cheap, common ones an impersonator would reach for.
 */
const LOOK_ALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "l",
  ї: "l",
  ј: "j",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "l",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  ζ: "z",
  "0": "o",
  "1": "l",
  "3": "e",
  "5": "s",
  "8": "b",
  i: "l",
  "|": "l",
  "!": "l",
  ı: "l",
  $: "s",
  "@": "a",
};

/**
 * The form two names are compared in: NFKC (full-width letters, ligatures, circled letters), lower case, accents and
 * other marks dropped, look-alikes folded, spaces, punctuation and symbols ignored ("rn" reads as "m").
 */
export function nameLikeness(name: string): string {
  const folded = name.normalize("NFKC").toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  let out = "";
  for (const ch of folded) out += LOOK_ALIKES[ch] ?? ch;
  return out
    .replace(/[\p{White_Space}\p{P}\p{S}\p{Cf}_]/gu, "")
    .replace(/rn/g, "m")
    .replace(/vv/g, "w");
}

/**
 * The name a visitor who is not signed in appears under: `name` (already cleaned), or, when it looks like a guide's,
 * the same marked as a visitor's — cut first, so the whole still fits the display-name limits.
 */
export function visitorNameBeside(name: string, isGuideName: (likeness: string) => boolean): string {
  if (!isGuideName(nameLikeness(name))) return name;
  const room = {
    graphemes: DISPLAY_NAME_LIMITS.graphemes - graphemeCount(VISITOR_MARK),
    bytes: DISPLAY_NAME_LIMITS.bytes - utf8Bytes(VISITOR_MARK),
  };
  return cleanDisplayName(name, room) + VISITOR_MARK;
}

/**
 * The likenesses of all guide accounts, read again from the store when older than `maxAgeMs` (accounts are added
 * from the command line while the server runs); one read serves every join in between. A failed read never fails a
 * join: it keeps the names read before.
 */
export function guideNameRegister(listNames: () => readonly string[], maxAgeMs: number) {
  let likenesses = new Set<string>();
  let readAt = -Infinity;
  return (likeness: string, now: number): boolean => {
    if (now - readAt > maxAgeMs) {
      try {
        likenesses = new Set(listNames().map(nameLikeness));
        readAt = now;
      } catch {
        // The store could not be read (busy, closing): the last list stands, and the next join reads again.
      }
    }
    return likeness !== "" && likenesses.has(likeness);
  };
}
