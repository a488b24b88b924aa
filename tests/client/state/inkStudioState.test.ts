// The studio's state without a page: a session that advances only on accepted strokes and scores first tries, and
// progress kept in storage that survives bad or full storage.
import { describe, expect, it } from "vitest";
import { createInkProgress, INK_PROGRESS_KEY } from "../../../client/state/inkProgress";
import { createInkSession } from "../../../client/state/inkSession";
import { characterData, readFixtures } from "../../../tools/ink/inkFixtureFile";

const cases = readFixtures("generated.json");
const yong = cases.find((c) => c.id === "永-correct-1")!;
const reversed = cases.find((c) => c.id === "永-reversed-2")!;

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe("ink session", () => {
  it("keeps accepted strokes only, and scores the strokes right at their first try", () => {
    const s = createInkSession("永", characterData("永"));
    s.write(yong.strokes[0]);
    expect(s.write(reversed.strokes[1]).reason).toBe("reversed");
    expect(s.due()).toBe(1);
    for (const stroke of yong.strokes.slice(1)) expect(s.write(stroke).accepted).toBe(true);
    expect(s.complete()).toBe(true);
    expect(s.accepted().map((a) => a.stroke)).toEqual([0, 1, 2, 3, 4]);
    expect(s.judgements()).toHaveLength(6);
    expect(s.score()).toBe(4 / 5);
  });
});

describe("ink progress", () => {
  it("counts completions and keeps the best score", () => {
    const storage = memoryStorage();
    const p = createInkProgress(storage);
    p.complete("永", 0.6);
    expect(p.complete("永", 0.4)).toEqual({ 永: { completed: 2, best: 0.6 } });
    expect(JSON.parse(storage.items.get(INK_PROGRESS_KEY)!)).toEqual({ 永: { completed: 2, best: 0.6 } });
  });

  it("reads unreadable storage as no progress, and survives a storage that refuses to write", () => {
    expect(createInkProgress(memoryStorage({ [INK_PROGRESS_KEY]: "{not json" })).get()).toEqual({});
    expect(createInkProgress(memoryStorage({ [INK_PROGRESS_KEY]: '{"永":{"completed":-1}}' })).get()).toEqual({});
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(createInkProgress(full).complete("永", 1)).toEqual({ 永: { completed: 1, best: 1 } });
  });
});
