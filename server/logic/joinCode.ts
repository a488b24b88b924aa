// Join codes for live tours: random letters and digits without look-alikes (common/tour.ts), never one in use.
import { randomInt } from "node:crypto";
import { TOUR_CODE_ALPHABET, TOUR_CODE_LENGTH } from "../../common/tour";

export function newJoinCode(taken: (code: string) => boolean, random: (n: number) => number = randomInt): string {
  // 31^6 ≈ 887 million codes: a clash is rare, and the loop ends at the first free one.
  for (;;) {
    const code = Array.from(
      { length: TOUR_CODE_LENGTH },
      () => TOUR_CODE_ALPHABET[random(TOUR_CODE_ALPHABET.length)],
    ).join("");
    if (!taken(code)) return code;
  }
}
