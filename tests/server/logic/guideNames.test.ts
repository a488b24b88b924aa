// Guides' names are theirs (server/logic/guideNames.ts): look-alike visitor names are caught and marked, honest
// names untouched, and the register of guide names is read again only when stale.
import { describe, expect, it } from "vitest";
import { cleanDisplayName, MAX_DISPLAY_NAME, MAX_DISPLAY_NAME_BYTES } from "../../../common/displayName";
import { graphemeCount, utf8Bytes } from "../../../common/visitorText";
import { guideNameRegister, nameLikeness, VISITOR_MARK, visitorNameBeside } from "../../../server/logic/guideNames";

const guides = new Set(["Mei Lin", "Bo", "Ali"].map(nameLikeness));
const isGuide = (l: string) => guides.has(l);

describe("nameLikeness", () => {
  it("ignores case, width, spaces, punctuation, accents and common look-alike letters", () => {
    const key = nameLikeness("Mei Lin");
    for (const spoof of [
      "mei lin",
      "MEILIN",
      "Ｍｅｉ Ｌｉｎ",
      "Mei  Lin",
      "Mei-Lin",
      "Meï Lín",
      "Меі Lin",
      "MeI LIn",
      "Mei L1n",
      "M e i_L i n",
      "Mei Lin.",
    ]) {
      expect(nameLikeness(cleanDisplayName(spoof)), spoof).toBe(key);
    }
    expect(nameLikeness("rnei lin")).toBe(key); // "rn" reads as "m"
  });

  it("keeps different names apart", () => {
    for (const other of ["Mei", "Lin Mei", "Mai Lin", "Bob", "梅林"])
      expect(nameLikeness(other)).not.toBe(nameLikeness("Mei Lin"));
  });
});

describe("visitorNameBeside", () => {
  it("marks a visitor who takes a guide's name, leaves others alone", () => {
    expect(visitorNameBeside("mei lin", isGuide)).toBe(`mei lin${VISITOR_MARK}`);
    expect(visitorNameBeside("Ｂｏ", isGuide)).toBe(`Ｂｏ${VISITOR_MARK}`);
    expect(visitorNameBeside("Ada", isGuide)).toBe("Ada");
    expect(visitorNameBeside(`mei lin${VISITOR_MARK}`, isGuide)).toBe(`mei lin${VISITOR_MARK}`);
  });

  it("the marked name still fits the display-name limits", () => {
    const long = new Set([nameLikeness("a".repeat(32)), nameLikeness("中".repeat(32))]);
    for (const name of ["a".repeat(32), "中".repeat(32)]) {
      const marked = visitorNameBeside(name, (l) => long.has(l));
      expect(marked.endsWith(VISITOR_MARK)).toBe(true);
      expect(graphemeCount(marked)).toBeLessThanOrEqual(MAX_DISPLAY_NAME);
      expect(utf8Bytes(marked)).toBeLessThanOrEqual(MAX_DISPLAY_NAME_BYTES);
    }
  });
});

describe("guideNameRegister", () => {
  it("reads the accounts once per interval, so a guide added while the server runs is protected soon after", () => {
    const accounts = ["Mei Lin"];
    let reads = 0;
    const isGuideName = guideNameRegister(() => (reads++, accounts), 5000);
    expect(isGuideName(nameLikeness("MEI LIN"), 0)).toBe(true);
    accounts.push("Bo");
    expect(isGuideName(nameLikeness("bo"), 4000)).toBe(false);
    expect(isGuideName(nameLikeness("bo"), 5001)).toBe(true);
    expect(reads).toBe(2);
    expect(isGuideName("", 5002)).toBe(false);
  });

  it("keeps the names it had when the store cannot be read, and reads again at the next join", () => {
    let broken = false;
    let reads = 0;
    const isGuideName = guideNameRegister(() => {
      reads++;
      if (broken) throw new Error("SQLITE_BUSY");
      return ["Mei Lin", ...(reads > 2 ? ["Bo"] : [])];
    }, 1000);
    expect(isGuideName(nameLikeness("mei lin"), 0)).toBe(true);
    broken = true;
    expect(isGuideName(nameLikeness("mei lin"), 2000)).toBe(true);
    broken = false;
    expect(isGuideName(nameLikeness("bo"), 2001)).toBe(true);
    expect(reads).toBe(3);
  });
});
