// Start-up for tours: the new settings refuse bad values by name (never echoing a secret), and the sample plans
// are checked against the scenes, naming the file, the path and the problem.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config";
import { loadScenes } from "../../../server/content/loadScenes";
import { loadTourPlans } from "../../../server/content/loadTourPlans";
import { tourContent } from "../../../server/content/tourContent";
import { miniContent } from "../../fixtures/tourContent";
import { tourPlan, tourStop } from "../../fixtures/tourPlan";

const root = path.resolve(import.meta.dirname, "../../..");

describe("tour settings", () => {
  it("have defaults", () => {
    const c = loadConfig({}, root);
    expect(c).toMatchObject({
      guideTokenSecret: undefined,
      guideTokenTtlSeconds: 180 * 60,
      loginAttemptsPerMinute: 10,
      tourHeadroom: 20,
    });
  });
  it("a short secret is refused by name, and its value is never shown", () => {
    expect(() => loadConfig({ GUIDE_TOKEN_SECRET: "hunter2hunter2" }, root)).toThrow(
      /GUIDE_TOKEN_SECRET: must be at least 32 characters.*\(got 14 characters\)/,
    );
    try {
      loadConfig({ GUIDE_TOKEN_SECRET: "hunter2hunter2" }, root);
    } catch (err) {
      expect((err as Error).message).not.toMatch(/hunter2/);
    }
  });
  it.each([
    [{ TOUR_HEADROOM: "-1" }, /TOUR_HEADROOM/],
    [{ GUIDE_TOKEN_TTL_MINUTES: "0" }, /GUIDE_TOKEN_TTL_MINUTES/],
    [{ LOGIN_ATTEMPTS_PER_MINUTE: "many" }, /LOGIN_ATTEMPTS_PER_MINUTE/],
  ])("refuses %o naming the variable", (env, re) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, root)).toThrow(re);
  });
});

describe("sample tour plans", () => {
  const content = tourContent(loadScenes(path.join(root, "scenes")));
  it("the repository's samples fit the museum", () => {
    const plans = loadTourPlans(path.join(root, "assets", "tours"), path.join(root, "assets"), content);
    const walk = plans.find((p) => p.id === "bund-walk")!;
    expect(walk.stops.length).toBeGreaterThanOrEqual(6);
    expect(walk.stops.every((s) => s.sceneId === "bund" && s.target.kind === "landmark")).toBe(true);
    // Bilingual throughout, and narration worth listening to.
    expect(walk.stops.every((s) => s.narration.en.length > 200 && /[\u4e00-\u9fff]/.test(s.narration.zh))).toBe(true);
  });
  it("the galleries highlights visit exhibits in all three halls, each with its recorded narration", () => {
    const plans = loadTourPlans(path.join(root, "assets", "tours"), path.join(root, "assets"), content);
    const tour = plans.find((p) => p.id === "galleries-highlights")!;
    expect(new Set(tour.stops.map((s) => s.sceneId))).toEqual(new Set(["ceramics", "bronzes", "calligraphy-painting"]));
    expect(tour.stops.every((s) => s.target.kind === "exhibit" && s.media?.audio && s.media.audioZh)).toBe(true);
    expect(tour.stops.every((s) => s.narration.en.length > 200 && /[\u4e00-\u9fff]/.test(s.narration.zh))).toBe(true);
  });
  it("the calligraphy lesson writes 永 and 和 at the studio's desk, after the Orchid Pavilion's preface", () => {
    const plans = loadTourPlans(path.join(root, "assets", "tours"), path.join(root, "assets"), content);
    const lesson = plans.find((p) => p.id === "calligraphy-lesson")!;
    expect(lesson.stops.map((s) => s.lesson?.char ?? null)).toEqual([null, "永", "和"]);
    expect(lesson.stops.filter((s) => s.lesson).every((s) => s.sceneId === "calligraphy-studio")).toBe(true);
  });
  it("a broken sample stops the start, naming file, path and problem", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tours-"));
    writeFileSync(
      path.join(dir, "mini-walk.json"),
      JSON.stringify(tourPlan({ stops: [tourStop({ target: { kind: "landmark", id: "gone-bank" } })] })),
    );
    writeFileSync(path.join(dir, "other.json"), JSON.stringify(tourPlan()));
    writeFileSync(path.join(dir, "junk.json"), "{");
    writeFileSync(
      path.join(dir, "audio.json"),
      JSON.stringify(
        tourPlan({
          id: "audio",
          stops: [
            tourStop({
              media: { audio: "audio/none.ogg", captions: { en: "captions/none.en.vtt", zh: "captions/none.zh.vtt" } },
            }),
          ],
        }),
      ),
    );
    let message = "";
    try {
      loadTourPlans(dir, dir, miniContent());
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/mini-walk\.json: stops\[0\]\.target\.id: no landmark "gone-bank"/);
    expect(message).toMatch(/other\.json: id: "mini-walk" must match the file name other\.json/);
    expect(message).toMatch(/junk\.json: \(root\): not valid JSON/);
    expect(message).toMatch(/audio\.json: stops\[0\]\.media: audio\/none\.ogg is missing/);
  });
  it("no tours folder, no samples", () => {
    expect(loadTourPlans(path.join(tmpdir(), "no-such-tours-dir"), root, content)).toEqual([]);
  });
});
