// The group commit of live tours: changes wait as pending (the latest per tour), one flush writes them all in one
// transaction, the desk sees its own pending tours, a failing store is reported once and retried, freeze flushes.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLiveTour } from "../../../server/logic/liveTour";
import * as rules from "../../../server/logic/tourCommands";
import { TourRecords } from "../../../server/rooms/tourRecords";
import type { LiveTours } from "../../../server/store/liveTours";
import { openMuseumStore } from "../../../server/store/museumStore";
import { tourPlan } from "../../fixtures/tourPlan";

function setUp(failBatches = 0) {
  const store = openMuseumStore(mkdtempSync(path.join(tmpdir(), "bund-tour-records-")));
  const real = store.liveTours;
  const commits: number[] = [];
  let failing = failBatches;
  let writes = 0;
  // The real store, counting the writes of each transaction; its first `failBatches` transactions fail as a full disk would.
  const wrapped: LiveTours = {
    ...real,
    put: (...a) => (writes++, real.put(...a)),
    saveState: (...a) => (writes++, real.saveState(...a)),
    remove: (code) => (writes++, real.remove(code)),
    batch: (write) => {
      if (failing-- > 0) throw new Error("SQLITE_FULL: database or disk is full");
      const before = writes;
      real.batch(write);
      commits.push(writes - before);
    },
  };
  const warnings: string[] = [];
  const records = new TourRecords(wrapped, { warn: (_o, msg) => void warnings.push(msg) });
  return { store, records, commits, warnings };
}

const tour = (code: string) => createLiveTour({ code, plan: tourPlan(), guide: "g", guideName: "Mei Lin", now: 0 });
const stored = (s: ReturnType<typeof setUp>["store"], code: string) => {
  const row = s.liveTours.all().find((r) => r.code === code);
  return row && JSON.parse(row.state);
};

describe("tour records (group commit)", () => {
  it("nothing is written until the flush; then every changed tour, its latest state, in one transaction", () => {
    const { store, records, commits } = setUp();
    const a = tour("AAAAAA");
    const b = tour("BBBBBB");
    records.put(a, "room1");
    records.put(b, "room1");
    let t = a;
    for (let i = 0; i < 50; i++) t = (rules.addMember(t, `m${i}`, `M${i}`) as { tour: typeof a }).tour;
    records.save(t);
    expect(store.liveTours.all()).toEqual([]);
    expect(records.has("AAAAAA")).toBe(true);
    expect(records.flush()).toBe(2);
    expect(commits).toEqual([2]);
    expect(Object.keys(stored(store, "AAAAAA").members)).toHaveLength(51);
    expect(store.liveTours.all().map((r) => r.roomId)).toEqual(["room1", "room1"]);
    expect(records.flush()).toBe(0);
    expect(commits).toEqual([2]);
  });

  it("a removal replaces what was pending, and the desk already sees the tour gone", () => {
    const { store, records } = setUp();
    records.put(tour("AAAAAA"), "room1");
    records.flush();
    records.save(tour("AAAAAA"));
    records.remove("AAAAAA");
    expect(records.has("AAAAAA")).toBe(false);
    expect(store.liveTours.has("AAAAAA")).toBe(true);
    records.flush();
    expect(store.liveTours.has("AAAAAA")).toBe(false);
  });

  it("a failing store is reported once, the changes wait, and the recovery is reported", () => {
    const { store, records, warnings } = setUp(3);
    records.put(tour("AAAAAA"), "room1");
    for (let i = 0; i < 3; i++) expect(records.flush()).toBe(0);
    expect(warnings).toEqual(["could not write live tours to the store: retrying at every patch"]);
    expect(records.flush()).toBe(1);
    expect(store.liveTours.has("AAAAAA")).toBe(true);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/again/);
  });

  it("freeze writes what is pending, then nothing more", () => {
    const { store, records } = setUp();
    records.put(tour("AAAAAA"), "room1");
    records.freeze();
    expect(store.liveTours.has("AAAAAA")).toBe(true);
    records.remove("AAAAAA");
    records.flush();
    expect(store.liveTours.has("AAAAAA")).toBe(true);
  });
});
