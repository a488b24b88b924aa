// A guided tour without a mouse: a guide signs in and starts a tour with the keyboard alone; a member enters with the
// tour's code, walks to a landmark, reads its card, goes into a hall, finds an object by search and reads it, and
// leaves the tour, with the keyboard alone; a third visitor with one switch takes the tour through two stops. axe-core
// checks the tour panels of the guide and the member. Each page counts the pointer and mouse events it receives: none.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseScene } from "../../common/scene";
import { TourPlanSchema } from "../../common/tour";
import { serveAxe, violations } from "./axeCheck";
import { launchChromium, openMuseum, SMALL_WINDOW, type WatchedPage } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
const read = (p: string) => JSON.parse(readFileSync(path.join(root, p), "utf8"));
const plan = TourPlanSchema.parse(read("assets/tours/bund-walk.json"));
const bund = parseScene("bund.json", read("scenes/bund.json"));
const LANDMARKS = bund.landmarks.map((l) => l.id);
const ding = (read("assets/catalog/bronze.json") as { items: { id: string; title: { en: string } }[] }).items[0];

// Three pages drawing the Bund in software on two shared cores: patient waits.
const WAIT = { timeout: 120_000 };
const SLOW = 480_000;

/** Before the page loads: axe served from the museum's origin, and a count of every pointer or mouse event. */
async function keyboardOnly(page: Page): Promise<void> {
  page.setDefaultTimeout(WAIT.timeout);
  await serveAxe(page);
  await page.addInitScript(() => {
    const w = window as unknown as { pointerEvents: string[] };
    w.pointerEvents = [];
    for (const type of ["pointerdown", "pointerup", "mousedown", "mouseup", "wheel", "touchstart"])
      window.addEventListener(type, (e) => w.pointerEvents.push(e.type), true);
  });
}

const pointerEvents = (p: WatchedPage) =>
  p.page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents);

/** Presses Tab until the focused element matches `selector` (and `also`, if given), as a keyboard user would. */
async function tabTo(page: Page, selector: string, also?: string[]): Promise<void> {
  const there = () =>
    page.evaluate(
      ([sel, ids]) => {
        const a = document.activeElement;
        if (!a?.matches(sel)) return false;
        return !ids || ids.includes(a.getAttribute("data-point") ?? "");
      },
      [selector, also ?? null] as const,
    );
  for (let i = 0; i < 80; i++) {
    if (await there()) return;
    await page.keyboard.press("Tab");
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`80 presses of Tab did not reach ${selector}; the focus is on ${at}`);
}

const heard = (p: WatchedPage, text: string) =>
  p.page.waitForFunction((t) => window.bund!.announcements().some((a) => a.text === t), text, WAIT);
const heardMatching = (p: WatchedPage, pattern: string) =>
  p.page.waitForFunction((re) => window.bund!.announcements().some((a) => new RegExp(re).test(a.text)), pattern, WAIT);

let browser: Browser;
let guide: WatchedPage;
let code: string;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("a guided tour with the keyboard alone", () => {
  it(
    "a guide signs in on the entry screen and starts the Bund walk; the guide's panel passes axe",
    async () => {
      guide = await openMuseum(browser, inject("baseURL"), "/", SMALL_WINDOW, keyboardOnly);
      const { page } = guide;
      const account = inject("guide");
      await tabTo(page, "#entry-guide summary");
      await page.keyboard.press("Enter");
      await tabTo(page, "#entry-guide-name");
      await page.keyboard.type(account.name);
      await tabTo(page, "#entry-guide-password");
      await page.keyboard.type(account.password);
      await tabTo(page, "#entry-submit");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.tourControl.guideName() !== null, null, WAIT);
      await page.waitForSelector("#tour-plan option[value=bund-walk]", { state: "attached" });
      // The plan is chosen with the arrow keys on the focused list.
      await tabTo(page, "#tour-plan");
      for (let i = 0; i < 10 && (await page.inputValue("#tour-plan")) !== "bund-walk"; i++)
        await page.keyboard.press("ArrowDown");
      expect(await page.inputValue("#tour-plan")).toBe("bund-walk");
      await tabTo(page, "#tour-start");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.tour()?.leads === true, null, WAIT);
      code = (await page.textContent("#tour-guide-code"))!.trim();
      expect(code).toMatch(/^[A-Z0-9]{4,8}$/);
      expect(await violations(page)).toEqual([]);
      expect(await pointerEvents(guide)).toEqual([]);
    },
    SLOW,
  );

  it(
    "a member enters with the code, walks to a landmark, reads it, goes into a hall, finds an object by search and reads it, and leaves",
    async () => {
      const member = await openMuseum(browser, inject("baseURL"), "/", SMALL_WINDOW, keyboardOnly);
      const { page } = member;
      await tabTo(page, "#entry-name");
      await page.keyboard.type("Kim");
      await tabTo(page, "#entry-tour-code");
      await page.keyboard.type(code);
      await tabTo(page, "#entry-submit");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.tour() !== null, null, WAIT);
      await page.waitForSelector("#tour-stop-title", { state: "visible" });
      expect(await page.textContent("#tour-stop-title")).toBe(plan.stops[0].title.en);
      expect(await violations(page)).toEqual([]);

      // Walk to a landmark: the list of what is nearby (N), Tab to a landmark's "Go there", Enter.
      await tabTo(page, "#museum-canvas");
      await page.keyboard.press("KeyN");
      await page.waitForSelector("#nearby", { state: "visible" });
      await tabTo(page, '#nearby-points button[data-act="go"]', LANDMARKS);
      const landmark = (await page.evaluate(() => document.activeElement!.getAttribute("data-point")))!;
      const name = bund.landmarks.find((l) => l.id === landmark)!.name.en;
      await page.keyboard.press("Enter");
      await heard(member, `You are in front of ${name}.`);
      // Read it: E, with the view focused; Esc closes the card.
      await tabTo(page, "#museum-canvas");
      await page.keyboard.press("KeyE");
      await page.waitForFunction((id) => window.bund!.infoCard() === id, landmark, WAIT);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => window.bund!.infoCard() === null, null, WAIT);

      // Into a hall: the museum map, Tab to a hall, Enter.
      await tabTo(page, "#map-open");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#museum-map", { state: "visible" }).catch(() => undefined);
      await tabTo(page, 'li.gallery button[data-scene="ceramics"]');
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.sceneId === "ceramics", null, WAIT);

      // Find an object by search, go to it, and read it with E.
      await tabTo(page, "#search-open");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.matches('#search-panel input[name="q"]'));
      await page.keyboard.type(ding.title.en);
      await page.waitForSelector(`#search-panel button[data-item="${ding.id}"]`);
      await tabTo(page, `#search-panel button[data-item="${ding.id}"]`);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.sceneId === "bronzes", null, WAIT);
      await tabTo(page, "#museum-canvas");
      await page.keyboard.press("KeyE");
      await page.waitForFunction((id) => window.bund!.inspection()?.id === id, ding.id, WAIT);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => window.bund!.inspection() === null, null, WAIT);

      // Leave the tour from its panel.
      await tabTo(page, "#tour-leave");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.tour() === null, null, WAIT);
      expect(await pointerEvents(member)).toEqual([]);
      expect(member.consoleErrors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    "with one switch a member enters by the tour's link, goes to the group, hears each stop, through two stops",
    async () => {
      // Each choice on offer for 6 s: the press lands on the choice just read, however slow the page.
      const one = await openMuseum(
        browser,
        inject("baseURL"),
        `/?tour=${code}&switch=on&scan=6000`,
        SMALL_WINDOW,
        keyboardOnly,
      );
      const { page } = one;
      await page.waitForFunction(() => document.activeElement?.id === "entry-submit");
      await page.keyboard.press("Space");
      await page.waitForFunction(() => window.bund!.tour() !== null, null, WAIT);
      /** Waits until `label` is on offer, then presses the switch. */
      const take = async (label: string) => {
        await page.waitForFunction(
          (l) => {
            const s = window.bund!.switchMode();
            return !!s && s.choices[s.offered] === l;
          },
          label,
          WAIT,
        );
        await page.keyboard.press("Space");
      };
      const nearGuide = async () => {
        const g = (await guide.page.evaluate(() => window.bund!.player())).position;
        await page.waitForFunction(
          ([x, z]) => {
            const p = window.bund!.player().position;
            return Math.hypot(p.x - x, p.z - z) < 8;
          },
          [g.x, g.z] as const,
          WAIT,
        );
      };
      for (const stop of [1, 2]) {
        // The guide's Next, from the keyboard.
        await tabTo(guide.page, "#tour-next");
        await guide.page.keyboard.press("Enter");
        const s = plan.stops[stop];
        await heard(one, `Tour stop ${stop + 1} of ${plan.stops.length}: ${s.title.en}.`);
        await take("Go to the group");
        await nearGuide();
        await take("Hear this stop");
        await heardMatching(one, `^${s.title.en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\. `);
      }
      expect(await page.evaluate(() => window.bund!.tour()!.stopIndex)).toBe(2);
      expect(await violations(page)).toEqual([]);
      // The guide's panels now list the group (the member who left, the one here): still clean.
      expect(await violations(guide.page)).toEqual([]);
      expect(await pointerEvents(one)).toEqual([]);
      expect(await pointerEvents(guide)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it("no request left the origin, and the guide's page logged no error", () => {
    expect(guide.foreignRequests).toEqual([]);
    expect(guide.consoleErrors).toEqual([]);
  });
});
