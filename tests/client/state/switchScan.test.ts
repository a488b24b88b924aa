// One-switch scanning: the choices come one after another for a fixed time each, the switch takes the one on offer,
// and the scan starts again from the first; a list rebuilt with the same meanings keeps the turn.
import { describe, expect, it } from "vitest";
import { createSwitchScan, type ScanChoice } from "../../../client/state/switchScan";

const taken: string[] = [];
const choice = (key: string): ScanChoice => ({ key, label: key, run: () => taken.push(key) });
const abc = [choice("a"), choice("b"), choice("c")];

describe("a one-switch scan", () => {
  it("offers each choice for its time, round and round", () => {
    const scan = createSwitchScan(1000);
    expect([0, 999, 1000, 2500, 3000, 7200].map((t) => scan.offered(abc, t)?.key)).toEqual([
      "a",
      "a",
      "b",
      "c",
      "a",
      "b",
    ]);
  });

  it("takes the choice on offer when the switch is pressed, then starts from the first", () => {
    taken.length = 0;
    const scan = createSwitchScan(1000);
    scan.offered(abc, 0);
    expect(scan.press(abc, 1500)?.key).toBe("b");
    expect(taken).toEqual(["b"]);
    expect(scan.offered(abc, 1600)?.key).toBe("a");
    expect(scan.offered(abc, 2600)?.key).toBe("b");
  });

  it("takes the choice the visitor saw when the press lands after its time but before a frame showed the next", () => {
    taken.length = 0;
    const scan = createSwitchScan(1000);
    scan.offered(abc, 0);
    expect(scan.offered(abc, 900)?.key).toBe("a"); // the last frame showed "a"; the page then stalls
    expect(scan.press(abc, 1300, "a")?.key).toBe("a");
    expect(taken).toEqual(["a"]);
    // A shown choice no longer in the list (it was taken away meanwhile): the clock decides.
    scan.offered(abc, 2000);
    expect(scan.press(abc, 3500, "gone")?.key).toBe("b");
  });

  it("keeps the turn when the list is rebuilt with the same meanings, and copes with an empty one", () => {
    const scan = createSwitchScan(1000);
    scan.offered(abc, 0);
    expect(scan.offered([choice("x"), ...abc], 1200)?.key).toBe("b"); // the one after "a", wherever it now is
    expect(scan.offered([], 1300)).toBeNull();
    expect(scan.press([], 1400)).toBeNull();
    expect(scan.offered(abc, 1500)?.key).toBe("a");
  });
});
