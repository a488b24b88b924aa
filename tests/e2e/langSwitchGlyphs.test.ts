// The language button's "中文" at 14 px, on a machine with no Chinese font: two glyphs of the museum's own face, one
// em each, not two boxes; the face's subset that holds them comes from the museum's origin.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openMuseum, type WatchedPage } from "./browser";
import { readDomGlyphs } from "./glyphReading";

let browser: Browser;
let museum: WatchedPage;
beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"));
  await museum.page.evaluate(() => window.bund!.enter({ name: "Mei", lang: "en" }));
  await museum.page.evaluate(() => window.bund!.ready);
});
afterAll(async () => {
  await browser?.close();
});

describe("the language button on a machine with no Chinese font", () => {
  it("draws 中文 at 14 px as two glyphs of Noto Sans SC", async () => {
    const { page } = museum;
    expect(await page.textContent("#lang-switch")).toBe("中文");
    expect(await page.$eval("#lang-switch", (b) => getComputedStyle(b).fontSize)).toBe("14px");
    // The face of the subset holding exactly these characters is loaded, not merely declared.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const covers = (range: string, code: number) =>
              range.split(",").some((part) => {
                const [a, b] = part.trim().replace(/^U\+/i, "").split("-");
                return code >= parseInt(a, 16) && code <= parseInt(b ?? a, 16);
              });
            const loaded = [...document.fonts].filter((f) => /Noto Sans SC/.test(f.family) && f.status === "loaded");
            return [0x4e2d, 0x6587].every((code) => loaded.some((f) => covers(f.unicodeRange, code)));
          }),
        { timeout: 20_000 },
      )
      .toBe(true);
    await expect.poll(async () => (await readDomGlyphs(page, "#lang-switch")).distinctPictures).toBe(2);
    const { advances } = await readDomGlyphs(page, "#lang-switch");
    expect(advances).toHaveLength(2);
    for (const a of advances) expect(a).toBeCloseTo(1, 1);
  });

  it("after the switch to 中文, the HUD's status chip draws its Chinese as glyphs too", async () => {
    const { page } = museum;
    await page.click("#lang-switch");
    await page.waitForFunction(() => /\p{Script=Han}/u.test(document.querySelector("#net-status")!.textContent!));
    await expect
      .poll(async () => (await readDomGlyphs(page, "#net-status")).advances.every((a) => Math.abs(a - 1) < 0.05), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await page.textContent("#lang-switch")).toBe("English");
  });

  it("fetched the subset holding 中 and 文 from the museum's own origin", async () => {
    const { page } = museum;
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name))
        .filter((u) => /noto-sans-sc.*\.woff2$/.test(u.pathname))
        .map((u) => u.origin),
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const origin of fonts) expect(origin).toBe(new URL(inject("baseURL")).origin);
    expect(museum.foreignRequests).toEqual([]);
  });
});
