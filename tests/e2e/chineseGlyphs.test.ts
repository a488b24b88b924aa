// Chinese shows as glyphs, not boxes, on a machine with no Chinese font (this one): in the page's info card and in
// the VR reading panel, from the museum's own fonts on its own origin. A Han character of Noto Sans SC is one em
// wide, and two different characters draw differently; the .notdef box this machine draws instead of a missing
// glyph is narrower than an em (DejaVu's, about 0.6 em) and the same for every character.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { launchChromium, type WatchedPage } from "./browser";
import { readDomGlyphs } from "./glyphReading";
import { aimController, clickTrigger } from "./xrControllers";
import { openXRMuseum } from "./xrDevice";
import { ensureXR, standAt, xrState } from "./xrVisit";

const bund = parseSceneFile(
  "scenes/bund.json",
  readFileSync(path.resolve(import.meta.dirname, "../../scenes/bund.json"), "utf8"),
);
const customs = bund.landmarks.find((l) => l.id === "customs-house")!;
const view = bund.viewpoints.find((v) => v.id === "customs-house-view")!;

let browser: Browser;
let museum: WatchedPage;
beforeAll(async () => {
  browser = await launchChromium();
  museum = await openXRMuseum(browser, inject("baseURL"));
  await museum.page.evaluate(() => window.bund!.enter({ name: "Lin", lang: "zh" }));
});
afterAll(async () => {
  await browser?.close();
});

describe("Chinese on a machine with no Chinese font", () => {
  it("the info card draws its Chinese text as glyphs (one em each), in the museum's fonts", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
    const facade = await page.evaluate(([x, z]) => window.bund!.project(x, 12, z), [
      customs.position.x + 12,
      customs.position.z,
    ] as const);
    await page.evaluate(([x, y]) => window.bund!.select(x, y), [facade!.x, facade!.y] as const);
    await page.waitForSelector("#info-card:not(.hidden)");
    expect(await page.textContent("#info-card .description")).toBe(customs.description.zh);
    // The glyphs arrive after the card: wait until the page has them (fonts swap in), then read.
    await page.waitForFunction(() => document.fonts.status === "loaded" && document.fonts.size > 0);
    await expect.poll(async () => (await readDomGlyphs(page, "#info-card .description")).distinctPictures).toBe(6);
    const body = await readDomGlyphs(page, "#info-card .description");
    expect(body.advances.length).toBeGreaterThan(20);
    for (const a of body.advances) expect(a).toBeCloseTo(1, 1);
    const title = await readDomGlyphs(page, "#info-card h2");
    expect(title.distinctPictures).toBeGreaterThan(1);
    for (const a of title.advances) expect(a).toBeGreaterThan(0.85);
  });

  it("the VR reading panel draws its Chinese title as glyphs", async () => {
    const { page } = museum;
    await ensureXR(page);
    await standAt(page, view.position.x, view.position.z, view.yawDeg);
    await aimController(page, "right", { x: customs.position.x + 12, y: 12, z: customs.position.z });
    await clickTrigger(page, "right");
    await expect.poll(async () => (await xrState(page))?.panel, { timeout: 30_000 }).toBe("customs-house");
    // The panel's title as its GUI texture laid it out: the width it measured, against one em a Han character.
    const read = () =>
      page.evaluate(() => {
        type Block = {
          text: string;
          fontSize: string | number;
          fontFamily: string;
          lines: { text: string; width: number }[];
        };
        type Gui = { getDescendants(direct: boolean): { getClassName(): string }[] };
        const mesh = window.bund!.scene!.getMeshByName("xr-card-customs-house")!;
        const gui = mesh.material!.getActiveTextures().find((t) => t.getClassName() === "AdvancedDynamicTexture");
        const blocks = (gui as unknown as Gui).getDescendants(false).filter((c) => c.getClassName() === "TextBlock");
        const title = blocks[0] as unknown as Block;
        const han = [...title.text].filter((c) => /\p{Script=Han}/u.test(c)).length;
        const rest = [...title.text].filter((c) => !/\p{Script=Han}/u.test(c)).join("");
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = `bold ${parseFloat(String(title.fontSize))}px ${title.fontFamily}`;
        const hanWidth = title.lines.reduce((w, l) => w + l.width, 0) - ctx.measureText(rest).width;
        return { text: title.text, perHanEm: hanWidth / han / parseFloat(String(title.fontSize)) };
      });
    await expect.poll(async () => (await read()).perHanEm, { timeout: 20_000 }).toBeGreaterThan(0.9);
    const title = await read();
    expect(title.text).toBe(customs.name.zh);
    expect(title.perHanEm).toBeLessThan(1.1);
  });

  it("fetched every font from the museum's own origin, and nothing from elsewhere", async () => {
    const fonts = await museum.page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name))
        .filter((u) => /\.woff2$/.test(u.pathname))
        .map((u) => ({ origin: u.origin, path: u.pathname })),
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts)
      expect(f).toEqual({ origin: new URL(inject("baseURL")).origin, path: expect.stringMatching(/^\/static\//) });
    // The subsets hold the characters shown, not the whole face (about a hundred files).
    expect(fonts.length).toBeLessThan(60);
    expect(museum.foreignRequests).toEqual([]);
  });
});
