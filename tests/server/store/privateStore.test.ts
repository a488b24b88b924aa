// The store kept private and lean: folder 0700 and files 0600 (also under a umask of 0, also tightened on a store
// left loose), guide token versions that only go forward, and plan summaries read without parsing a plan.
import Database from "better-sqlite3";
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TourPlanSchema } from "../../../common/tour";
import { STORE_FILE } from "../../../server/store/database";
import { MIGRATIONS } from "../../../server/store/migrations";
import { openMuseumStore, type MuseumStore } from "../../../server/store/museumStore";
import { tourPlan } from "../../fixtures/tourPlan";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "bund-private-"));
const modeOf = (p: string) => statSync(p).mode & 0o777;
const opened: MuseumStore[] = [];
const open = (dir: string, notices?: { warn(obj: object, msg: string): void }) => {
  const s = openMuseumStore(dir, notices);
  opened.push(s);
  return s;
};
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe("the store's modes", () => {
  it("a new store is a 0700 folder of 0600 files, the WAL's too, even when the process umask is 0", () => {
    const dir = path.join(tempDir(), "data");
    const old = process.umask(0);
    try {
      const store = open(dir);
      store.secret("guide-token", () => "s".repeat(40)); // a write: the -wal and -shm files exist now
    } finally {
      process.umask(old);
    }
    expect(modeOf(dir)).toBe(0o700);
    for (const f of [STORE_FILE, `${STORE_FILE}-wal`, `${STORE_FILE}-shm`])
      expect([f, modeOf(path.join(dir, f))]).toEqual([f, 0o600]);
  });
  it("a store left readable by others is tightened on start, and the server says so", async () => {
    const dir = path.join(tempDir(), "data");
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const first = new Database(path.join(dir, STORE_FILE));
    first.pragma("journal_mode = WAL");
    first.exec("CREATE TABLE t (x)");
    first.close();
    chmodSync(path.join(dir, STORE_FILE), 0o644);
    writeFileSync(path.join(dir, `${STORE_FILE}-wal`), "");
    chmodSync(path.join(dir, `${STORE_FILE}-wal`), 0o666);
    const warned: { path: string; was: string }[] = [];
    open(dir, { warn: (obj) => warned.push(obj as { path: string; was: string }) });
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, STORE_FILE))).toBe(0o600);
    expect(modeOf(path.join(dir, `${STORE_FILE}-wal`))).toBe(0o600);
    expect(warned).toEqual(
      expect.arrayContaining([
        { path: dir, was: "755", now: "700" },
        { path: path.join(dir, STORE_FILE), was: "644", now: "600" },
        { path: path.join(dir, `${STORE_FILE}-wal`), was: "666", now: "600" },
      ]),
    );
  });
});

describe("guide token versions", () => {
  it("go up with a password reset, and a name given again after removal starts past its former holder's", async () => {
    const store = open(tempDir());
    await store.guides.add("Mei Lin", "correct horse battery");
    expect(store.guides.tokenVersion("mei lin")).toBe(1);
    await store.guides.add("Mei Lin", "another good password", { replace: true });
    expect(store.guides.tokenVersion("Mei Lin")).toBe(2);
    expect(store.guides.remove("Mei Lin")).toBe(true);
    expect(store.guides.tokenVersion("Mei Lin")).toBeNull();
    await store.guides.add("MEI LIN", "a third good password");
    expect(store.guides.tokenVersion("Mei Lin")).toBe(3);
  });
});

describe("plan summaries", () => {
  it("are listed in pages without parsing a single plan", () => {
    const store = open(tempDir());
    for (let i = 0; i < 30; i++)
      store.plans.create(
        { ...tourPlan(), id: `walk-${String(i).padStart(2, "0")}`, title: { en: `Walk ${i}`, zh: `漫步${i}` } },
        "Mei Lin",
      );
    const jsonParse = vi.spyOn(JSON, "parse");
    const schemaParse = vi.spyOn(TourPlanSchema, "parse");
    const schemaSafeParse = vi.spyOn(TourPlanSchema, "safeParse");
    try {
      const first = store.plans.list({ limit: 20 });
      const rest = store.plans.list({ after: first.next, limit: 20 });
      expect(jsonParse).not.toHaveBeenCalled();
      expect(schemaParse).not.toHaveBeenCalled();
      expect(schemaSafeParse).not.toHaveBeenCalled();
      expect(first.plans).toHaveLength(20);
      expect(first.next).toBe("walk-19");
      expect(rest.next).toBeUndefined();
      expect([...first.plans, ...rest.plans].map((p) => p.id)).toEqual(
        Array.from({ length: 30 }, (_, i) => `walk-${String(i).padStart(2, "0")}`),
      );
      expect(rest.plans.at(-1)).toMatchObject({
        title: { en: "Walk 29", zh: "漫步29" },
        owner: "Mei Lin",
        stopCount: tourPlan().stops.length,
      });
    } finally {
      vi.restoreAllMocks();
    }
    expect(store.plans.countOwnedBy("mei lin")).toBe(30);
  });
  it("an edit rewrites the summary; plans stored before the summaries existed get theirs from the migration", () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, STORE_FILE));
    db.exec(MIGRATIONS[0]);
    db.exec(MIGRATIONS[1]);
    db.pragma("user_version = 2");
    db.prepare("INSERT INTO tour_plans (id, owner, body, updated_at) VALUES (?, ?, ?, ?)").run(
      "old-walk",
      "Bo",
      JSON.stringify(tourPlan({ id: "old-walk" })),
      5,
    );
    db.close();
    const store = open(dir);
    expect(store.plans.list().plans).toEqual([
      { id: "old-walk", title: tourPlan().title, owner: "Bo", stopCount: tourPlan().stops.length, updatedAt: 5 },
    ]);
    store.plans.update({
      ...tourPlan({ id: "old-walk" }),
      title: { en: "Renamed", zh: "改名" },
      stops: tourPlan().stops.slice(0, 1),
    });
    expect(store.plans.list().plans[0]).toMatchObject({ title: { en: "Renamed", zh: "改名" }, stopCount: 1 });
  });
});
