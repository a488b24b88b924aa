// The store on a real SQLite file in a temp folder: migrations, guide accounts, plans, live tours and secrets,
// and that a restart (closing and opening the file again) keeps them.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, STORE_FILE } from "../../../server/store/database";
import { migrate, MIGRATIONS } from "../../../server/store/migrations";
import { openMuseumStore, type MuseumStore } from "../../../server/store/museumStore";
import { tourPlan } from "../../fixtures/tourPlan";

const root = path.resolve(import.meta.dirname, "../../..");
const opened: MuseumStore[] = [];
const tempDir = () => mkdtempSync(path.join(tmpdir(), "bund-store-"));
const open = (dir: string) => {
  const s = openMuseumStore(dir);
  opened.push(s);
  return s;
};
afterEach(() => {
  for (const s of opened.splice(0)) {
    try {
      s.close();
    } catch {
      // already closed by the test
    }
  }
});

describe("the database file", () => {
  it("is created with its folder on first start, at the latest schema", () => {
    const dir = path.join(tempDir(), "nested", "data");
    const db = openDatabase(dir);
    expect(existsSync(path.join(dir, STORE_FILE))).toBe(true);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });
  it("migrations run once: a second run changes nothing and loses nothing", () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare("INSERT INTO secrets (name, value) VALUES ('x', 'kept')").run();
    expect(migrate(db)).toBe(0);
    expect(migrate(db)).toBe(0);
    expect(db.prepare("SELECT value FROM secrets WHERE name = 'x'").get()).toEqual({ value: "kept" });
    db.close();
  });
  it("an old file is brought up to date step by step", () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, STORE_FILE));
    db.exec(MIGRATIONS[0]);
    db.pragma("user_version = 1");
    db.close();
    const again = openDatabase(dir);
    expect(again.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(again.prepare("SELECT name FROM sqlite_master WHERE name = 'seeded_samples'").get()).toBeTruthy();
    again.close();
  });
  it("a file from a newer museum is refused, not damaged", () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, STORE_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDatabase(dir)).toThrow(/newer version/);
  });
});

describe("guide accounts", () => {
  it("check the password, whatever the case of the name, and keep across a restart", async () => {
    const dir = tempDir();
    const store = open(dir);
    expect(await store.guides.add("Mei Lin", "correct horse battery")).toBe("created");
    store.close();
    const again = open(dir);
    expect(await again.guides.check("mei lin", "correct horse battery")).toBe("Mei Lin");
    expect(await again.guides.check("Mei Lin", "wrong horse battery")).toBeNull();
    expect(await again.guides.check("Nobody", "correct horse battery")).toBeNull();
  });
  it("store a salted scrypt hash, never the password", async () => {
    const dir = tempDir();
    const store = open(dir);
    await store.guides.add("Ada", "same password here");
    await store.guides.add("Bo", "same password here");
    const db = new Database(path.join(dir, STORE_FILE), { readonly: true });
    const rows = db.prepare("SELECT password_hash AS h FROM guides").all() as { h: string }[];
    db.close();
    expect(rows.every((r) => r.h.startsWith("scrypt$") && !r.h.includes("same password"))).toBe(true);
    expect(rows[0].h).not.toBe(rows[1].h);
  });
  it("refuse a taken name or a weak password; --reset changes the password", async () => {
    const store = open(tempDir());
    await store.guides.add("Ada", "first password 1");
    await expect(store.guides.add("ADA", "second password 2")).rejects.toThrow(/already exists/);
    await expect(store.guides.add("Bo", "short")).rejects.toThrow(/at least 10/);
    await expect(store.guides.add("<script>", "long enough pw")).rejects.toThrow(/letters, digits/);
    expect(await store.guides.add("ada", "second password 2", { replace: true })).toBe("updated");
    expect(await store.guides.check("Ada", "second password 2")).toBe("Ada");
  });
});

describe("tour plans", () => {
  it("keep their content and owner across a restart; update and delete", () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.plans.create(tourPlan(), "Mei Lin")).toBe(true);
    expect(store.plans.create(tourPlan(), "Someone")).toBe(false);
    store.close();
    const again = open(dir);
    const plan = again.plans.get("mini-walk")!;
    expect(plan.owner).toBe("Mei Lin");
    expect(plan.stops.map((s) => s.id)).toEqual(["customs", "angel", "case"]);
    expect(again.plans.update({ ...tourPlan(), stops: plan.stops.slice(0, 1) })).toBe(true);
    expect(again.plans.get("mini-walk")!.updatedAt).toBeGreaterThan(plan.updatedAt);
    expect(again.plans.list().plans).toMatchObject([{ id: "mini-walk", stopCount: 1, owner: "Mei Lin" }]);
    expect(again.plans.remove("mini-walk")).toBe(true);
    expect(again.plans.get("mini-walk")).toBeNull();
  });
  it("seed sample plans once: a deleted sample stays deleted after a restart", () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.plans.seed([tourPlan()])).toEqual(["mini-walk"]);
    expect(store.plans.get("mini-walk")!.owner).toBeNull();
    store.plans.remove("mini-walk");
    store.close();
    const again = open(dir);
    expect(again.plans.seed([tourPlan(), tourPlan({ id: "new-sample" })])).toEqual(["new-sample"]);
    expect(again.plans.get("mini-walk")).toBeNull();
  });
});

describe("live tours and secrets", () => {
  it("a live tour is written through and read back after a restart", () => {
    const dir = tempDir();
    const store = open(dir);
    store.liveTours.put("K7QM3D", "room1", tourPlan(), { stop: 0 });
    expect(store.liveTours.saveState("K7QM3D", { stop: 2 })).toBe(true);
    expect(store.liveTours.saveState("NOPE22", { stop: 2 })).toBe(false);
    store.close();
    const again = open(dir);
    const [row] = again.liveTours.all();
    expect(row.code).toBe("K7QM3D");
    expect(JSON.parse(row.state)).toEqual({ stop: 2 });
    expect(JSON.parse(row.plan).id).toBe("mini-walk");
    again.liveTours.remove("K7QM3D");
    expect(again.liveTours.has("K7QM3D")).toBe(false);
  });
  it("a secret is made once and kept", () => {
    const dir = tempDir();
    const first = open(dir).secret("guide-token", () => "one");
    expect(open(dir).secret("guide-token", () => "two")).toBe(first);
  });
});

describe("npm run guide:add", () => {
  const run = (dir: string, args: string[], input: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "server/cli/guideAdd.ts", ...args], {
      cwd: root,
      input,
      env: { ...process.env, DATA_DIR: dir },
      encoding: "utf8",
      timeout: 30_000,
    });
  it("adds a guide with the password from stdin, and refuses a second of the same name", async () => {
    const dir = tempDir();
    const added = run(dir, ["Mei", "Lin"], "correct horse battery\n");
    expect(added.stdout).toMatch(/Guide "Mei Lin" added/);
    expect(added.status).toBe(0);
    const twice = run(dir, ["Mei Lin"], "another password\n");
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/already exists/);
    expect(await open(dir).guides.check("Mei Lin", "correct horse battery")).toBe("Mei Lin");
  });
  it("says what is wrong with a short password or no name", () => {
    const dir = tempDir();
    expect(run(dir, ["Ada"], "short\n").stderr).toMatch(/at least 10 characters/);
    expect(run(dir, [], "").stderr).toMatch(/usage: npm run guide:add/);
  });
});
