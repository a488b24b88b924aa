// Start-up refuses what an operator must fix — bad config, a malformed scene, a busy port — naming it plainly.
import { mkdtempSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config";
import { loadScenes } from "../../server/content/loadScenes";
import { miniScene } from "../fixtures/miniScene";

const root = path.resolve(import.meta.dirname, "../..");

describe("config", () => {
  it("has working defaults", () => {
    const c = loadConfig({}, root);
    expect(c.port).toBe(2567);
    expect(c.scenesDir).toBe(path.join(root, "scenes"));
  });
  it("reads PORT and paths from the environment", () => {
    const c = loadConfig({ PORT: "3000", DATA_DIR: "/var/bund" }, root);
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe("/var/bund");
  });
  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
  ])("refuses %o naming the variable", (env, re) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, root)).toThrow(re);
  });
});

describe("scene loading at start-up", () => {
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), "scenes-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  it("loads the repository's scenes", () => {
    const lib = loadScenes(path.join(root, "scenes"));
    expect(lib.ids()).toContain("bund");
    expect(lib.get("bund")!.landmarks.length).toBeGreaterThanOrEqual(10);
  });
  it("a malformed scene stops the start with its file, path and problem", () => {
    const bad = miniScene();
    bad.landmarks![0].facade.color = "beige"; // miniScene always has landmarks
    const dir = dirWith({ "mini.json": JSON.stringify(bad) });
    expect(() => loadScenes(dir)).toThrow(/mini\.json: landmarks\[0\]\.facade\.color: must be a colour/);
  });
  it("a file whose id does not match its name is refused", () => {
    const dir = dirWith({ "other.json": JSON.stringify(miniScene()) });
    expect(() => loadScenes(dir)).toThrow(/"mini" must match the file name other\.json/);
  });
  it("reports every bad file, not just the first", () => {
    const dir = dirWith({ "a.json": "{", "b.json": "[]" });
    const err = (() => {
      try {
        loadScenes(dir);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(err).toMatch(/a\.json/);
    expect(err).toMatch(/b\.json/);
  });
  it("an empty scenes folder is an error", () => {
    expect(() => loadScenes(dirWith({}))).toThrow(/No scene files/);
  });
  it("copies of the real scenes load from any folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scenes-"));
    cpSync(path.join(root, "scenes"), dir, { recursive: true });
    expect(loadScenes(dir).ids()).toContain("bund");
  });
});
