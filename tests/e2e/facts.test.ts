// The reconstruction notes reach the screen: on arriving on the Bund and in a hall, in English and in Chinese, and in
// the museum map (one small page, driven through window.bund).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { launchChromium, openMuseum, SMALL_WINDOW, type WatchedPage } from "./browser";

const scene = (id: string) =>
  parseSceneFile(
    `scenes/${id}.json`,
    readFileSync(path.resolve(import.meta.dirname, `../../scenes/${id}.json`), "utf8"),
  );
const bund = scene("bund");
const ceramics = scene("ceramics");
let browser: Browser;
let museum: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"), "/", SMALL_WINDOW);
  await museum.page.evaluate(async () => {
    await window.bund!.ready;
    await window.bund!.enter({ name: "Historian", lang: "en" });
  });
});
afterAll(async () => {
  await browser?.close();
});

const noteText = () => museum.page.textContent("#reconstruction-note:not(.hidden) p");

describe("reconstruction notes on screen", () => {
  it("the Bund's note shows on arrival, in English and then in Chinese", async () => {
    const { page } = museum;
    await page.waitForSelector("#reconstruction-note:not(.hidden)");
    expect(await page.getAttribute("#reconstruction-note", "data-place")).toBe("bund");
    expect(await noteText()).toBe(bund.reconstructionNote.en);
    await page.evaluate(() => window.bund!.setLang("zh"));
    expect(await noteText()).toBe(bund.reconstructionNote.zh);
    expect(await page.textContent("#reconstruction-note h2")).toBe("关于本复原");
  });
  it("a hall's note shows on arriving there, and every place's note is in the museum map", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("ceramics"));
    await page.waitForSelector('#reconstruction-note[data-place="ceramics"]:not(.hidden)');
    expect(await noteText()).toBe(ceramics.reconstructionNote.zh);
    await page.click("#map-open"); // the map is built when first opened
    await page.waitForSelector("#museum-map details.place-note", { state: "attached" });
    const mapNotes = await page.$$eval("#museum-map details.place-note", (ds) => ds.map((d) => d.textContent ?? ""));
    expect(mapNotes.some((t) => t.includes(bund.reconstructionNote.zh))).toBe(true);
    expect(mapNotes.some((t) => t.includes(ceramics.reconstructionNote.zh))).toBe(true);
  });
});
