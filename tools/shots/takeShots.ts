// `npm run shots`: a PNG of every viewpoint of every scene, on the desktop and (with an emulated Quest 3) one eye in
// VR, into shots/ (or SHOTS_DIR), so anyone can see the museum without a headset. SHOTS_SCENES=bund,ceramics keeps
// to those scenes; SHOTS_XR=0 skips the headset.
import { mkdirSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import type { Page } from "playwright-core";
import { loadConfig } from "../../server/config";
import { startMuseumServer } from "../../server/museumServer";
import { launchChromium, openMuseum } from "../../tests/e2e/browser";
import { installEmulatedQuest, waitXRFrames } from "../../tests/e2e/xrDevice";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.resolve(root, process.env.SHOTS_DIR ?? "shots");
const DESKTOP = { width: 1280, height: 720 };
/** The XR canvas holds both eyes side by side: twice as wide as one eye's picture. */
const XR = { width: 1440, height: 800 };

/**
 * tsx runs this file with esbuild's keepNames, which wraps every named function, also those passed to the page
 * (waitXRFrames' `tick`), in a call to `__name`: the page needs that helper, as the identity it is.
 */
async function withNameHelper(page: Page): Promise<void> {
  await page.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
}

/**
 * The reconstruction note greets each arrival over the middle of the view; the pictures are of the places. Hidden
 * through its style property: the page's CSP refuses an added style sheet.
 */
async function withoutNote(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.getElementById("reconstruction-note")?.style.setProperty("display", "none", "important"),
  );
}

/** Every viewpoint of every scene: goes there, lets the frame settle, and saves what `shoot` takes. */
async function eachViewpoint(page: Page, shoot: (name: string) => Promise<void>): Promise<number> {
  let n = 0;
  const only = process.env.SHOTS_SCENES?.split(",");
  for (const scene of await page.evaluate(() => window.bund!.scenes())) {
    if (only && !only.includes(scene)) continue;
    await page.evaluate((s) => window.bund!.goto(s), scene);
    await page.evaluate(() => window.bund!.loaded());
    for (const viewpoint of await page.evaluate(() => window.bund!.viewpoints())) {
      await page.evaluate(([s, v]) => window.bund!.goto(s, v), [scene, viewpoint] as const);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await shoot(`${scene}--${viewpoint}`);
      n++;
    }
  }
  return n;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bund-shots-"));
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", DATA_DIR: dataDir }, root);
  const server = await startMuseumServer(config, { log: pino({ level: "warn" }) });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await launchChromium();
  try {
    const desk = await openMuseum(browser, base, "/", DESKTOP, withNameHelper);
    await desk.page.evaluate(() => window.bund!.enter({ name: "Photographer", lang: "en" }));
    await withoutNote(desk.page);
    const shots = await eachViewpoint(desk.page, (name) =>
      desk.page.screenshot({ path: path.join(outDir, `${name}--desktop.png`) }).then(() => undefined),
    );
    console.log(`${shots} desktop pictures`);
    if (process.env.SHOTS_XR !== "0") {
      const vr = await openMuseum(browser, base, "/", XR, async (page) => {
        await withNameHelper(page);
        await installEmulatedQuest(page);
      });
      await vr.page.evaluate(() => window.bund!.enter({ name: "Photographer", lang: "en" }));
      await withoutNote(vr.page);
      await vr.page.evaluate(() => window.bund!.enterXR());
      const eyes = await eachViewpoint(vr.page, async (name) => {
        await waitXRFrames(vr.page, 3);
        // The left eye: the left half of the XR canvas.
        await vr.page.screenshot({
          path: path.join(outDir, `${name}--vr-left-eye.png`),
          clip: { x: 0, y: 0, width: XR.width / 2, height: XR.height },
        });
      });
      console.log(`${eyes} VR pictures (left eye)`);
    }
    console.log(`written to ${path.relative(process.cwd(), outDir) || "."}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
