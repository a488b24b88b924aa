// Every screen of the museum checked with axe-core (Deque's rule set; WCAG 2.0–2.2 A and AA) in Chromium: the entry
// screen, the Bund, a landmark's card, a hall, an object's inspection card, the search panel, the museum map and the
// chat, in English and in Chinese. axe is served from the museum's own origin (tests/e2e/axeCheck.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseScene } from "../../common/scene";
import { buildWalkableWorld, isWalkable } from "../../common/walkable";
import { serveAxe, violations } from "./axeCheck";
import { DESKTOP_WINDOW, launchChromium, openMuseum, SMALL_WINDOW, type WatchedPage } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
const bund = parseScene("bund.json", JSON.parse(readFileSync(path.join(root, "scenes/bund.json"), "utf8")));
/** Several pages drawing the Bund in software on two shared cores: the longer walks get more than the default 90 s. */
const SLOW = 180_000;

let browser: Browser;
let museum: WatchedPage;
beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"), "/", DESKTOP_WINDOW, serveAxe);
});
afterAll(async () => {
  await browser?.close();
});

describe("every screen, checked with axe-core (WCAG 2.2 A and AA)", () => {
  it("the entry screen", async () => {
    expect(await violations(museum.page)).toEqual([]);
  });

  it("the Bund, in English and in Chinese", async () => {
    const { page } = museum;
    await page.fill("#entry-name", "Ada");
    await page.click("#entry-submit");
    await page.waitForSelector("#entry", { state: "hidden" });
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => window.bund!.setLang("zh"));
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => window.bund!.setLang("en"));
  });

  it("a landmark's card", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
    const at = await page.evaluate(() => {
      const b = window.bund!;
      for (let x = 0.3; x <= 0.7; x += 0.05)
        for (let y = 0.2; y <= 0.6; y += 0.05) {
          const p = { x: x * b.engine.getRenderWidth(), y: y * b.engine.getRenderHeight() };
          if (b.landmarkAt(p.x, p.y)) return p;
        }
      return null;
    });
    expect(at, "a landmark in view from the Customs House viewpoint").not.toBeNull();
    await page.evaluate(({ x, y }) => window.bund!.select(x, y), at!);
    await page.waitForFunction(() => window.bund!.infoCard() !== null);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("the search panel and the museum map", async () => {
    const { page } = museum;
    await page.click("#search-open");
    await page.waitForSelector("#search-panel", { state: "visible" });
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.click("#map-open");
    await page.waitForSelector("#museum-map", { state: "visible" });
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("a hall, and an object's inspection card", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("ceramics"));
    expect(await violations(page)).toEqual([]);
    const first = await page.evaluate(() => window.bund!.exhibits()[0].id);
    await page.evaluate((id) => window.bund!.inspect(id), first);
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => window.bund!.closeInspection());
  });

  it("the Kunqu theatre with its surtitles, and the calligraphy studio", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("theatre"));
    await page.waitForSelector("#theatre-panel", { state: "visible" });
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => window.bund!.goto("calligraphy-studio"));
    expect(await violations(page)).toEqual([]);
  });

  it("the keyboard help, opened with ?", async () => {
    const { page } = museum;
    await page.focus("#help-open");
    await page.keyboard.press("?");
    await page.waitForSelector("#keyboard-help", { state: "visible" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help-close");
    expect(await violations(page)).toEqual([]);
    // The dialog keeps the focus: Tab goes between its two buttons (the one-switch toggle and Close).
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("switch-toggle");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help-close");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#keyboard-help", { state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help-open");
  });

  it("nothing left the origin", () => {
    expect(museum.foreignRequests).toEqual([]);
  });
});

describe("the 3D view for keyboard and screen-reader visitors", () => {
  it("is one named region that takes the walking keys while it has the focus, and gives them back on Esc", async () => {
    const { page } = museum;
    await page.evaluate(() => window.bund!.goto("bund", "spawn"));
    const view = await page.evaluate(() => {
      const c = document.getElementById("museum-canvas")!;
      return { role: c.getAttribute("role"), label: c.getAttribute("aria-label"), tabIndex: c.tabIndex };
    });
    expect(view).toMatchObject({ role: "application", tabIndex: 0 });
    expect(view.label).toMatch(/^3D view of The Bund, Shanghai, 1930s\. W A S D/);
    // Focus in a text box: W is a letter typed, the visitor stays.
    await page.click("#search-open");
    await page.focus('#search-panel input[name="q"]');
    const at = (await page.evaluate(() => window.bund!.player())).position;
    await page.keyboard.down("KeyW");
    await page.waitForTimeout(600);
    await page.keyboard.up("KeyW");
    const still = (await page.evaluate(() => window.bund!.player())).position;
    expect(Math.hypot(still.x - at.x, still.z - at.z)).toBeLessThan(0.01);
    await page.keyboard.press("Escape");
    // Focus on the view: W walks.
    await page.focus("#museum-canvas");
    await page.keyboard.down("KeyW");
    await page.waitForFunction(
      ([x, z]) => {
        const p = window.bund!.player().position;
        return Math.hypot(p.x - x, p.z - z) > 1;
      },
      [at.x, at.z] as const,
    );
    await page.keyboard.up("KeyW");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help-open");
  });

  it("says where the visitor arrives and what is ahead, in English and in Chinese", async () => {
    const { page } = museum;
    const said = () => page.evaluate(() => window.bund!.announcements().map((a) => `${a.lang}: ${a.text}`));
    await page.evaluate(() => window.bund!.goto("ceramics"));
    expect((await said()).at(-1)).toBe("en: You are in Ceramics Hall.");
    await page.evaluate(() => window.bund!.setLang("zh"));
    await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
    expect(await said()).toContain("zh: 您现在位于上海外滩。");
    await page.waitForFunction(() =>
      window.bund!.announcements().some((a) => a.lang === "zh" && a.text.startsWith("前方：海关大楼（江海关）")),
    );
    await page.evaluate(() => window.bund!.setLang("en"));
    const live = await page.evaluate(() => {
      const r = document.getElementById("announcer")!;
      return { role: r.getAttribute("role"), live: r.getAttribute("aria-live"), text: r.textContent };
    });
    expect(live).toMatchObject({ role: "status", live: "polite" });
    expect(live.text).toMatch(/^前方：海关大楼（江海关）/);
  });

  it(
    "says what the walking keys run into: a façade, in English and in Chinese",
    async () => {
      const { page } = museum;
      // Just in front of the Customs House, facing it: out from its middle along its facing until the ground is free.
      const customs = bund.landmarks.find((l) => l.id === "customs-house")!;
      const world = buildWalkableWorld(bund);
      const a = (customs.facingDeg * Math.PI) / 180;
      let d = 0;
      while (!isWalkable(world, customs.position.x + Math.sin(a) * d, customs.position.z + Math.cos(a) * d, 0.35))
        d += 0.25;
      const stand = {
        x: customs.position.x + Math.sin(a) * (d + 0.3),
        z: customs.position.z + Math.cos(a) * (d + 0.3),
      };
      for (const [lang, line] of [
        ["en", "The wall of Customs House: no way on."],
        ["zh", "海关大楼（江海关）的外墙，无法前行。"],
      ] as const) {
        await page.evaluate((l) => window.bund!.setLang(l), lang);
        await page.evaluate(([x, z, yaw]) => window.bund!.teleport(x, z, yaw), [
          stand.x,
          stand.z,
          customs.facingDeg + 180,
        ] as const);
        await page.focus("#museum-canvas");
        await page.keyboard.down("KeyW");
        await page.waitForFunction(
          ([l, text]) => window.bund!.announcements().some((a) => a.lang === l && a.text === text),
          [lang, line] as const,
        );
        await page.keyboard.up("KeyW");
        // Keys up: once the announcer has looked again (every 250 ms, at a frame), the way counts as free.
        await page.evaluate(async () => {
          await new Promise((r) => setTimeout(r, 600));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        });
      }
      await page.evaluate(() => window.bund!.setLang("en"));
    },
    SLOW,
  );

  it(
    "lists what is nearby (key N), goes in front of one and reads it, without a mouse",
    async () => {
      const { page } = museum;
      await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
      await page.focus("#museum-canvas");
      await page.keyboard.press("KeyN");
      await page.waitForSelector("#nearby", { state: "visible" });
      expect(await violations(page)).toEqual([]);
      const rows = await page.$$eval("#nearby-points li span", (s) => s.map((e) => e.textContent ?? ""));
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.some((r) => /^Customs House, \d+ metres, at \d+ o'clock$/.test(r))).toBe(true);
      // Tab to the Customs House's "Go there" and press Enter.
      const go = '#nearby-points button[data-point="customs-house"][data-act="go"]';
      for (let i = 0; i < 40 && !(await page.evaluate((sel) => document.activeElement?.matches(sel), go)); i++)
        await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() =>
        window.bund!.announcements().some((a) => a.text === "You are in front of Customs House."),
      );
      expect(await page.isHidden("#nearby")).toBe(true);
      const customs = bund.landmarks.find((l) => l.id === "customs-house")!;
      const me = (await page.evaluate(() => window.bund!.player())).position;
      expect(Math.hypot(me.x - customs.position.x, me.z - customs.position.z)).toBeLessThan(60);
      // And read it: the card opens.
      await page.keyboard.press("KeyN");
      await page.waitForSelector("#nearby", { state: "visible" });
      await page.focus('#nearby-points button[data-point="customs-house"][data-act="read"]');
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.bund!.infoCard() === "customs-house");
      await page.keyboard.press("Escape");
    },
    SLOW,
  );
});

describe("reduced motion", () => {
  it(
    "a click on the ground sets the visitor down there at once, instead of walking the view",
    async () => {
      const calm = await openMuseum(browser, inject("baseURL"), "/", SMALL_WINDOW, (page) =>
        page.emulateMedia({ reducedMotion: "reduce" }),
      );
      const { page } = calm;
      await page.evaluate(() => window.bund!.enter({ name: "Calm", lang: "en" }));
      const spawn = bund.spawnPoints[0];
      await page.evaluate(([x, z]) => window.bund!.teleport(x, z, 0, -20), [
        spawn.position.x,
        spawn.position.z,
      ] as const);
      // A point on the ground 8 m ahead, as the view shows it.
      const target = { x: spawn.position.x, z: spawn.position.z + 8 };
      const at = await page.evaluate(([x, z]) => window.bund!.project(x, 0, z), [target.x, target.z] as const);
      expect(at).not.toBeNull();
      await page.evaluate(({ x, y }) => window.bund!.select(x, y), at!);
      // Two frames later the visitor stands there (a walk would have covered well under a metre).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const me = (await page.evaluate(() => window.bund!.player())).position;
      expect(Math.hypot(me.x - target.x, me.z - target.z)).toBeLessThan(0.6);
      await page.context().close();
    },
    SLOW,
  );
});

describe("one switch", () => {
  it(
    "enters with the switch, and goes in front of a place nearby when its choice is on offer",
    async () => {
      // Each choice on offer for 8 s: the key press from here lands on the choice read just before, however slow the page.
      const one = await openMuseum(browser, inject("baseURL"), "/?switch=on&scan=8000", SMALL_WINDOW, serveAxe);
      const { page } = one;
      // The Enter button has the focus: the switch (Space) presses it.
      await page.waitForFunction(() => document.activeElement?.id === "entry-submit");
      await page.keyboard.press("Space");
      await page.waitForFunction(() => window.bund!.netState() === "connected");
      // The choices come in turn; when "Go to …" is on offer, the switch takes it.
      // The choice is read in the same call that sees it on offer (the scan moves on by itself).
      const offered = await page.waitForFunction(() => {
        const s = window.bund!.switchMode();
        const label = s?.choices[s.offered];
        return label?.startsWith("Go to ") ? label : null;
      });
      const choice = (await offered.jsonValue())!;
      await page.keyboard.press("Space");
      const name = choice.replace(/^Go to /, "");
      await page.waitForFunction(
        (n) => window.bund!.announcements().some((a) => a.text === `You are in front of ${n}.`),
        name,
      );
      expect(await page.isVisible("#switch-scan")).toBe(true);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});
