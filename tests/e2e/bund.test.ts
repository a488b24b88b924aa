// The Bund on desktop, in real headless Chromium against the served build: see it, enter, walk, collide, read.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { buildWalkableWorld, isWalkable, landmarkAt } from "../../common/walkable";
import { launchChromium, openMuseum, type WatchedPage } from "./browser";

const bund = parseSceneFile(
  "scenes/bund.json",
  readFileSync(path.resolve(import.meta.dirname, "../../scenes/bund.json"), "utf8"),
);
const world = buildWalkableWorld(bund);
let browser: Browser;
let museum: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"));
});
afterAll(async () => {
  await browser?.close();
});

const player = () => museum.page.evaluate(() => window.bund!.player());
const teleport = (x: number, z: number, yawDeg: number, pitchDeg = 0) =>
  museum.page.evaluate(([x, z, y, p]) => window.bund!.teleport(x, z, y, p), [x, z, yawDeg, pitchDeg] as const);
/** Waits for a number of rendered frames (not milliseconds) while keys stay held. */
async function keepWalkingFor(frames: number) {
  await museum.page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

describe("the Bund on desktop", () => {
  it("renders a first frame that is not blank", async () => {
    const stats = await museum.page.evaluate(() => {
      const src = document.getElementById("museum-canvas") as HTMLCanvasElement;
      const c = document.createElement("canvas");
      c.width = 128;
      c.height = 96;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(src, 0, 0, c.width, c.height);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      let sum2 = 0;
      const n = d.length / 4;
      for (let i = 0; i < d.length; i += 4) {
        const l = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
        sum += l;
        sum2 += l * l;
      }
      return { mean: sum / n, variance: sum2 / n - (sum / n) ** 2 };
    });
    expect(stats.variance).toBeGreaterThan(100); // sky, façades and ground, not one flat colour
    expect(await museum.page.evaluate(() => window.bund!.sceneId)).toBe("bund");
    const s = await museum.page.evaluate(() => window.bund!.stats());
    expect(s.drawCalls).toBeGreaterThan(0);
    expect(s.triangles).toBeGreaterThan(1000);
  });

  it("enters with a name from the entry screen", async () => {
    const { page } = museum;
    await page.waitForSelector("#entry-submit:not([disabled])");
    await page.fill("#entry-name", "  Lin <b>Huiyin</b>  ");
    await page.click("#entry-submit");
    await page.waitForSelector("#entry", { state: "hidden" });
    await page.waitForFunction(() => window.bund!.netState() === "connected");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("bund.settings")!));
    expect(stored.name).toBe("Lin Huiyin");
  });

  // Movement is judged by where the visitor gets to, never by the clock: a loaded machine renders few frames a
  // second, and each frame moves the visitor by at most a tenth of a second's walk.
  it("holding W walks forward along the heading", async () => {
    const spawn = bund.spawnPoints[0];
    await teleport(spawn.position.x, spawn.position.z, 0);
    const before = await player();
    await museum.page.keyboard.down("KeyW");
    await museum.page.waitForFunction((z0) => window.bund!.player().position.z > z0 + 1.5, before.position.z, {
      timeout: 30_000,
    });
    await museum.page.keyboard.up("KeyW");
    const after = await player();
    expect(Math.abs(after.position.x - before.position.x)).toBeLessThan(0.5);
  });

  it("cannot walk through a building", async () => {
    // Stand on the street in front of the Customs House and hurry west, into its façade.
    const customs = bund.landmarks.find((l) => l.id === "customs-house")!;
    await teleport(4, customs.position.z, -90);
    await museum.page.keyboard.down("Shift");
    await museum.page.keyboard.down("KeyW");
    await museum.page.waitForFunction(() => window.bund!.player().position.x < 1.5, null, { timeout: 30_000 });
    await keepWalkingFor(40); // then push on into the wall for many more frames
    await museum.page.keyboard.up("KeyW");
    await museum.page.keyboard.up("Shift");
    const p = (await player()).position;
    expect(landmarkAt(world, p.x, p.z)).toBeNull();
    expect(p.x).toBeGreaterThan(0);
  });

  it("cannot walk into the river", async () => {
    await teleport(45, 300, 90);
    await museum.page.keyboard.down("Shift");
    await museum.page.keyboard.down("KeyW");
    await museum.page.waitForFunction(() => window.bund!.player().position.x > 55, null, { timeout: 30_000 });
    await keepWalkingFor(40);
    await museum.page.keyboard.up("KeyW");
    await museum.page.keyboard.up("Shift");
    const p = (await player()).position;
    expect(isWalkable(world, p.x, p.z, 0.3)).toBe(true);
    expect(p.x).toBeLessThan(56);
  });

  it("clicking the ground walks there", async () => {
    await teleport(15, 200, 0, -10);
    const target = await museum.page.evaluate(() => window.bund!.project(15, 0, 212));
    expect(target).not.toBeNull();
    await museum.page.mouse.click(target!.x, target!.y);
    await museum.page.waitForFunction(() => window.bund!.player().position.z > 210, null, { timeout: 60_000 });
    const p = (await player()).position;
    expect(p.x).toBeCloseTo(15, 0);
  });

  it("clicking a landmark opens its card in English, and in Chinese after switching", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.setLang("en"));
    await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
    const customs = bund.landmarks.find((l) => l.id === "customs-house")!;
    const facade = await page.evaluate(([x, z]) => window.bund!.project(x, 12, z), [
      customs.position.x + 12,
      customs.position.z,
    ] as const);
    expect(facade).not.toBeNull();
    expect(await page.evaluate(([x, y]) => window.bund!.landmarkAt(x, y), [facade!.x, facade!.y] as const)).toBe(
      "customs-house",
    );
    await page.mouse.click(facade!.x, facade!.y);
    await page.waitForSelector("#info-card:not(.hidden)");
    expect(await page.textContent("#info-card h2")).toBe(customs.name.en);
    expect(await page.textContent("#info-card .years")).toContain(String(customs.built));
    expect(await page.textContent("#info-card .fate")).toBe(customs.fate.en);
    await page.click("#lang-switch");
    expect(await page.textContent("#info-card h2")).toBe(customs.name.zh);
    expect(await page.textContent("#info-card .description")).toBe(customs.description.zh);
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hans");
    await page.click("#info-card button.close");
    expect(await page.evaluate(() => window.bund!.infoCard())).toBeNull();
    await page.click("#lang-switch");
  });

  it("E opens the card of what is at the centre of the view, lost landmarks marked as lost", async () => {
    const lost = bund.landmarks.find((l) => l.demolished !== null && l.shape.kind === "monument")!;
    // Stand 12 m south of the monument, looking north at its pedestal.
    await teleport(lost.position.x, lost.position.z - 12, 0, 8);
    await museum.page.keyboard.press("KeyE");
    await museum.page.waitForSelector("#info-card:not(.hidden)");
    expect(await museum.page.evaluate(() => window.bund!.infoCard())).toBe(lost.id);
    expect(await museum.page.textContent("#info-card .lost-badge")).toBe("Lost landmark");
    expect(await museum.page.textContent("#info-card .uncertain")).toBe(lost.uncertainty!.en);
  });

  it("shows a minimap", async () => {
    expect(await museum.page.isVisible("#minimap")).toBe(true);
  });

  it("loaded the glTF models, and no request left the page's origin, and nothing was logged as an error", async () => {
    await museum.page.evaluate(() => window.bund!.loaded());
    // What follows the first frame may be awaited again (each loaded() does): the access controls stay one set.
    await museum.page.evaluate(() => window.bund!.loaded());
    for (const id of ["help-open", "nearby-open", "announcer"])
      expect(await museum.page.locator(`#${id}`).count(), `#${id}`).toBe(1);
    // Every lamp of the promenade is a thin instance of the glb's meshes: one draw call per material.
    const lamps = bund.props.find((p) => p.model === "models/bund-lamp.glb")!;
    const instanced = await museum.page.evaluate(() =>
      window
        .bund!.scene!.meshes.filter(
          (m) => !m.name.startsWith("avatar") && (m as unknown as { thinInstanceCount: number }).thinInstanceCount > 0,
        )
        .map((m) => (m as unknown as { thinInstanceCount: number }).thinInstanceCount),
    );
    expect(instanced.length).toBeGreaterThanOrEqual(2);
    expect(instanced.every((n) => n === lamps.placements.length)).toBe(true);
    // The Gutzlaff tower, a glTF landmark, is there and pickable as its landmark.
    const tower = bund.landmarks.find((l) => l.shape.kind === "model")!;
    await teleport(tower.position.x + 6, tower.position.z - 30, -10, 15);
    const at = await museum.page.evaluate(([x, z]) => window.bund!.project(x, 10, z), [
      tower.position.x,
      tower.position.z,
    ] as const);
    expect(await museum.page.evaluate(([x, y]) => window.bund!.landmarkAt(x, y), [at!.x, at!.y] as const)).toBe(
      tower.id,
    );
    expect(museum.foreignRequests).toEqual([]);
    expect(museum.consoleErrors).toEqual([]);
  });
});
