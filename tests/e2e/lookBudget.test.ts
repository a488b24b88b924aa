// Every viewpoint of every scene renders within the budget (≤ 50 draw calls, ≤ 300,000 triangles) now that the
// Bund has its sky with the sun, baked shadows, water, street life and moving traffic, and the halls their lamps and
// wall texts, which are present and drawn there; counted through window.bund on one small page that visits the
// viewpoints in turn.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openMuseum, SMALL_WINDOW, type WatchedPage } from "./browser";

const BUDGET = { drawCalls: 50, triangles: 300_000 };

let browser: Browser;
let museum: WatchedPage;
beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"), "/", SMALL_WINDOW);
  await museum.page.evaluate(() => window.bund!.enter({ name: "Surveyor", lang: "en" }));
});
afterAll(async () => {
  await browser?.close();
});

/** Goes to a viewpoint and reads the frame drawn there (after two more frames, so the stats are of that view). */
function statsAt(scene: string, viewpoint: string) {
  return museum.page.evaluate(
    async ([scene, viewpoint]) => {
      await window.bund!.goto(scene, viewpoint);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const active = (name: string) => window.bund!.scene!.getActiveMeshes().data.some((m) => m?.name === name);
      return {
        ...window.bund!.stats(),
        sky: active("sky"),
        water: active("water"),
        life: active("street-life"),
        traffic: active("traffic"),
        lamps: active("gallery-lamps"),
        texts: active("wall-texts"),
      };
    },
    [scene, viewpoint] as const,
  );
}

describe("look and light within budget", () => {
  it("the Bund: sky, water and street life drawn at every viewpoint, within budget", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("bund"));
    const life = await page.evaluate(
      () => (window.bund!.scene!.getMeshByName("street-life")?.metadata as { streetLife?: number } | null)?.streetLife,
    );
    expect(life).toBeGreaterThan(100);
    expect(await page.evaluate(() => !!window.bund!.scene!.getMeshByName("ground-shadows"))).toBe(true);
    const viewpoints = await page.evaluate(() => window.bund!.viewpoints());
    expect(viewpoints.length).toBeGreaterThan(3);
    for (const v of viewpoints) {
      const s = await statsAt("bund", v);
      expect({ v, sky: s.sky, water: s.water }).toEqual({ v, sky: true, water: true });
      expect(s.drawCalls, v).toBeLessThanOrEqual(BUDGET.drawCalls);
      expect(s.triangles, v).toBeLessThanOrEqual(BUDGET.triangles);
    }
    // Street life stands along the whole Bund: it is drawn from the promenade's own viewpoints, and its traffic moves
    // (the shader's clock runs on from frame to frame).
    const spawn = await statsAt("bund", "spawn");
    expect({ life: spawn.life, traffic: spawn.traffic }).toEqual({ life: true, traffic: true });
    const clock = () =>
      page.evaluate(
        () =>
          (
            window.bund!.scene!.getMeshByName("traffic")!.material!.pluginManager!.getPlugin("Travel") as unknown as {
              time: number;
            }
          ).time,
      );
    const t0 = await clock();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await clock()).toBeGreaterThan(t0);
  });

  // Each place from its entrance (the whole hall in view) and its last viewpoint: all of them took 80 s here, over the
  // browser-test budget; bench:render (renderHalls.ts) measures every viewpoint of every hall.
  it("every hall and the studio, from the entrance and the far end, within budget", async () => {
    const places = await museum.page.evaluate(async () => {
      const { scenes } = (await (await fetch("/api/scenes")).json()) as { scenes: { id: string; kind: string }[] };
      return scenes.filter((s) => s.id !== "bund");
    });
    expect(places.filter((p) => p.kind === "gallery").length).toBeGreaterThanOrEqual(3);
    for (const { id: hall, kind } of places) {
      await museum.page.evaluate((h) => window.bund!.goto(h), hall);
      const all = await museum.page.evaluate(() => window.bund!.viewpoints());
      for (const v of [all[0], all[all.length - 1]]) {
        const s = await statsAt(hall, v);
        // A gallery's lamps and wall texts are drawn: from the entrance the introduction, at the far end a section
        // sign. The studio is a writing room, not a gallery (no cases, no wall texts); it keeps the budget all the same.
        if (kind === "gallery")
          expect({ hall, v, lamps: s.lamps, texts: s.texts }).toEqual({ hall, v, lamps: true, texts: true });
        expect(s.drawCalls, `${hall} ${v}`).toBeLessThanOrEqual(BUDGET.drawCalls);
        expect(s.triangles, `${hall} ${v}`).toBeLessThanOrEqual(BUDGET.triangles);
      }
    }
    expect(museum.foreignRequests).toEqual([]);
  });
});
