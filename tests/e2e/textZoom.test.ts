// Text that scales to 200% without loss (WCAG 1.4.4): a 1024×700 window zoomed to 200% lays out as 512×350 CSS
// pixels. In that window the entry screen, the Bund's controls, a landmark's card, the search panel and the museum
// map must keep every line of text inside the window (or inside a panel that scrolls), with nothing cut off by a box
// too small for it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openMuseum, type WatchedPage } from "./browser";

const ZOOMED = { width: 512, height: 350 };

/** Text the visitor cannot reach at this size: outside the window and not in a scrolling box, or clipped by its box. */
async function lostText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    const scrolls = (e: Element | null): boolean => {
      for (let a = e; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (/(auto|scroll)/.test(s.overflowY + s.overflowX)) return true;
      }
      return false;
    };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ")[0]}` : ""} "${(e.textContent ?? "").trim().slice(0, 30)}"`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const host = n.parentElement;
      if (!text || !host || host.closest("[hidden], .hidden, script, style, .sr-only, #announcer")) continue;
      const style = getComputedStyle(host);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const outside = r.left < -1 || r.right > innerWidth + 1 || r.top < -1 || r.bottom > innerHeight + 1;
      if (outside && !scrolls(host)) lost.push(`outside the window: ${name(host)}`);
      // A box that hides what overflows it, and is smaller than its text.
      for (let a: Element | null = host; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === "hidden" && a.scrollWidth > a.clientWidth + 1 && s.textOverflow !== "ellipsis") {
          lost.push(`cut off by ${name(a)}`);
          break;
        }
      }
    }
    return [...new Set(lost)];
  });
}

let browser: Browser;
let museum: WatchedPage;
beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"), "/", ZOOMED);
});
afterAll(async () => {
  await browser?.close();
});

describe("text at 200%", () => {
  it("the entry screen", async () => {
    expect(await lostText(museum.page)).toEqual([]);
  });

  it("the Bund's controls, in English and in Chinese", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.enter({ name: "Ada", lang: "en" }));
    await page.waitForSelector("#entry", { state: "hidden" });
    expect(await lostText(page)).toEqual([]);
    await page.evaluate(() => window.bund!.setLang("zh"));
    expect(await lostText(page)).toEqual([]);
    await page.evaluate(() => window.bund!.setLang("en"));
  });

  it("the search panel, the museum map and the keyboard help", async () => {
    const { page } = museum;
    for (const [open, panel] of [
      ["#search-open", "#search-panel"],
      ["#map-open", "#museum-map"],
      ["#help-open", "#keyboard-help"],
    ] as const) {
      await page.click(open);
      await page.waitForSelector(panel, { state: "visible" });
      expect(await lostText(page), panel).toEqual([]);
      await page.keyboard.press("Escape");
      await page.waitForSelector(panel, { state: "hidden" });
    }
  });
});
