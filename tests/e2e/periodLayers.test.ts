// The Bund then and now in real Chromium: a guide switches the layer for the whole tour and a member (reading Chinese)
// follows; today the Pudong towers are drawn and the Signal Tower stands 22.4 m from where it stood in 1937; the
// desktop switch is a real button in the visitor's language; both layers keep within the draw-call budget.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { placeIn } from "../../common/periodLayers";
import { DESKTOP_WINDOW, launchChromium, openMuseum, type WatchedPage } from "./browser";

const bund = parseSceneFile(
  "scenes/bund.json",
  readFileSync(path.resolve(import.meta.dirname, "../../scenes/bund.json"), "utf8"),
);
const BUDGET = { drawCalls: 50, triangles: 300_000 };
const WAIT = { timeout: 90_000 };
const SPOT = { x: 44, z: 330 }; // the promenade, looking across the river
/** A point well inside each tower's massing (the Pearl's lower sphere; the others at mid-height). */
const TOWERS: Record<string, number> = {
  "oriental-pearl-tower": 93,
  "jin-mao-tower": 150,
  "shanghai-world-financial-center": 200,
  "shanghai-tower": 200,
};

let browser: Browser;
let guide: WatchedPage;
let member: WatchedPage;

async function open(p: string): Promise<WatchedPage> {
  const patient = async (page: Page) => {
    page.setDefaultTimeout(WAIT.timeout);
    page.setDefaultNavigationTimeout(WAIT.timeout);
  };
  return openMuseum(browser, inject("baseURL"), p, DESKTOP_WINDOW, patient);
}

/** Turns the visitor at `from` towards a world point and names the landmark drawn there (null: none). */
function landmarkSeen(page: Page, from: { x: number; z: number }, at: { x: number; y: number; z: number }) {
  return page.evaluate(
    async ([from, at]) => {
      const dx = at.x - from.x;
      const dz = at.z - from.z;
      const yaw = (Math.atan2(dx, dz) * 180) / Math.PI;
      const pitch = (Math.atan2(at.y - 1.6, Math.hypot(dx, dz)) * 180) / Math.PI;
      await window.bund!.teleport(from.x, from.z, yaw, pitch);
      const p = window.bund!.project(at.x, at.y, at.z);
      return p ? window.bund!.landmarkAt(p.x, p.y) : "behind";
    },
    [from, at] as const,
  );
}

async function towersSeen(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (const [id, y] of Object.entries(TOWERS)) {
    const l = bund.landmarks.find((m) => m.id === id)!;
    const hit = await landmarkSeen(page, SPOT, { x: l.position.x, y, z: l.position.z });
    if (hit === id) seen.push(id);
  }
  return seen;
}

const tower = bund.landmarks.find((l) => l.id === "gutzlaff-signal-tower")!;
/** Beside the road, with both of the Signal Tower's places in view side by side. */
const ROADSIDE = { x: 10, z: (placeIn(tower, "1937").z + placeIn(tower, "today").z) / 2 };
const signalTowerAt = async (page: Page, layer: "1937" | "today") => {
  const p = placeIn(tower, layer);
  return (await landmarkSeen(page, ROADSIDE, { x: p.x, y: 15, z: p.z })) === tower.id;
};

const statsFacingPudong = (page: Page) =>
  page.evaluate(async () => {
    await window.bund!.teleport(44, 330, 100, 8);
    return window.bund!.stats();
  });

beforeAll(async () => {
  browser = await launchChromium();
  const account = inject("guide");
  guide = await open("/");
  await guide.page.click("#entry-guide summary");
  await guide.page.fill("#entry-guide-name", account.name);
  await guide.page.fill("#entry-guide-password", account.password);
  await guide.page.click("#entry-submit");
  await guide.page.waitForFunction(() => window.bund!.tourControl.guideName() !== null, null, WAIT);
  await guide.page.waitForSelector("#tour-plan option[value=bund-walk]", { state: "attached", ...WAIT });
  await guide.page.selectOption("#tour-plan", "bund-walk");
  await guide.page.click("#tour-start");
  await guide.page.waitForFunction(() => window.bund!.tour()?.leads === true, null, WAIT);
  const link = new URL(await guide.page.inputValue("#tour-guide-link"));
  member = await open(link.pathname + link.search);
  await member.page.check("#entry-lang-zh");
  await member.page.fill("#entry-name", "博文");
  await member.page.click("#entry-submit");
  await member.page.waitForFunction(() => window.bund!.tour() !== null, null, WAIT);
  await member.page.evaluate(() => window.bund!.loaded());
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

describe("the Bund in 1937 and today", () => {
  it("1937 first: no Pudong towers, the Signal Tower where it stood, a switch offering today in Chinese", async () => {
    const { page } = member;
    expect(await page.evaluate(() => window.bund!.layer())).toBe("1937");
    expect(await towersSeen(page)).toEqual([]);
    expect(await signalTowerAt(page, "1937")).toBe(true);
    expect(await signalTowerAt(page, "today")).toBe(false);
    expect(await page.textContent("#layer-switch")).toBe("看今日外滩");
    expect(await page.isVisible("#layer-switch")).toBe(true);
    const s = await statsFacingPudong(page);
    expect(s.drawCalls).toBeLessThanOrEqual(BUDGET.drawCalls);
    expect(s.triangles).toBeLessThanOrEqual(BUDGET.triangles);
  });

  it("the guide's switch reaches the member: today the towers stand across the river and the Signal Tower has moved", async () => {
    await guide.page.click("#tour-layer");
    await guide.page.waitForFunction(() => window.bund!.layer() === "today", null, WAIT);
    const { page } = member;
    await page.waitForFunction(() => window.bund!.layer() === "today", null, WAIT);
    expect(await towersSeen(page)).toEqual(Object.keys(TOWERS));
    expect(await signalTowerAt(page, "today")).toBe(true);
    expect(await signalTowerAt(page, "1937")).toBe(false);
    expect(await page.textContent("#layer-switch")).toBe("看1937年的外滩");
    const s = await statsFacingPudong(page);
    expect(s.drawCalls).toBeLessThanOrEqual(BUDGET.drawCalls);
    expect(s.triangles).toBeLessThanOrEqual(BUDGET.triangles);
  });

  it("the desktop switch takes the member back to 1937 alone; the guide's page stays today", async () => {
    const { page } = member;
    await page.click("#layer-switch");
    await page.waitForFunction(() => window.bund!.layer() === "1937", null, WAIT);
    expect(await towersSeen(page)).toEqual([]);
    expect(await guide.page.evaluate(() => window.bund!.layer())).toBe("today");
    await page.evaluate(() => window.bund!.setLang("en"));
    expect(await page.textContent("#layer-switch")).toBe("Show the Bund today");
  });
});
