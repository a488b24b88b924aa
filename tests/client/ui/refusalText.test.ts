// Every error code the server sends reaches the visitor in the visitor's language: a Chinese sentence chosen by the
// code, never the server's English detail inserted into it; in English the detail may follow where it says more.
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../common/messageTypes";
import { apiProblemText, refusalText } from "../../../client/ui/tourStrings";
import type { ApiProblem } from "../../../client/net/tourApi";

const DETAIL = "the guide's position is not known yet";
const HAN = /\p{Script=Han}/u;
const ENGLISH_WORD = /[A-Za-z]{3,}/;

describe("server errors in the visitor's language", () => {
  for (const code of Object.values(ErrorCode)) {
    it(`${code}: Chinese text of its own, no English detail in it`, () => {
      const zh = refusalText(code, "tour:next", "zh", DETAIL);
      expect(zh).toMatch(HAN);
      expect(zh, zh).not.toMatch(ENGLISH_WORD);
      expect(zh).not.toContain(DETAIL);
      const en = refusalText(code, "tour:next", "en", DETAIL);
      expect(en).not.toMatch(HAN);
      expect(en.length).toBeGreaterThan(10);
    });
  }
  it("different codes read differently (the code chooses the words, not a generic failure)", () => {
    const zh = new Set(Object.values(ErrorCode).map((c) => refusalText(c, "tour:next", "zh", DETAIL)));
    expect(zh.size).toBeGreaterThanOrEqual(Object.values(ErrorCode).length - 3);
    expect(refusalText(ErrorCode.NotGuide, "tour:layer", "zh", "only the tour's guide (Mei) may do that")).toBe(
      "只有本导览的导游可以这样做。",
    );
  });
  it("English keeps the server's detail where the code's words call for it", () => {
    expect(refusalText(ErrorCode.NotNow, "tour:gather", "en", DETAIL)).toContain(DETAIL);
  });
  it("REST problems too: no English detail in Chinese", () => {
    const problems: ApiProblem[] = [
      "wrong-password",
      "rate-limited",
      "no-such-tour",
      "tour-full",
      "signed-out",
      "forbidden",
      "invalid",
      "unreachable",
      "failed",
    ];
    for (const p of problems) {
      const zh = apiProblemText(p, "zh", "stops.0.place: lies inside a wall", 30);
      expect(zh, p).toMatch(HAN);
      expect(zh, `${p}: ${zh}`).not.toMatch(ENGLISH_WORD);
    }
  });
});
