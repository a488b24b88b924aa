// `npm run bench:layers`: the Bund's period layers in headless Chromium. For 1937 and today, draw calls and triangles
// at every viewpoint and facing Pudong; and a switch's time: its own work, the press to its first drawn frame, and that
// frame beside a plain frame measured in the same run as the baseline (a switch only enables and disables meshes).
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../server/config";
import { startMuseumServer } from "../server/museumServer";
import { launchChromium } from "../tests/e2e/browser";
import { printTable, writeResults } from "./report";

const root = path.resolve(import.meta.dirname, "..");
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 20);
const TARGETS = { drawCalls: 50, triangles: 300_000, switchMs: 200 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

async function main() {
  const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" }, root);
  const server = await startMuseumServer(config, { log: pino({ level: "warn" }) });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.bund !== undefined, null, { timeout: 60_000 });
    await page.evaluate(async () => {
      await window.bund!.ready;
      await window.bund!.enter({ name: "Bench camera", lang: "en" });
      await window.bund!.loaded();
    });
    const rows: Record<string, string | number>[] = [];
    const views = [...(await page.evaluate(() => window.bund!.viewpoints())), "facing Pudong"];
    for (const layer of ["1937", "today"] as const) {
      await page.evaluate((l) => window.bund!.setLayer(l), layer);
      for (const v of views) {
        const s = await page.evaluate(async (v) => {
          if (v === "facing Pudong") await window.bund!.teleport(44, 330, 100, 8);
          else await window.bund!.goto("bund", v);
          return window.bund!.stats();
        }, v);
        rows.push({
          layer,
          viewpoint: v,
          drawCalls: s.drawCalls,
          activeMeshes: s.activeMeshes,
          triangles: Math.round(s.triangles),
          "within budget": s.drawCalls <= TARGETS.drawCalls && s.triangles <= TARGETS.triangles ? "yes" : "NO",
        });
      }
    }
    // Facing Pudong, where a switch changes most: alternate the layers. Each time: the switch's own work (the press
    // until the meshes are enabled and disabled, before any frame), the press to the end of the first frame drawn
    // with the new layer, and that frame's work on the page's thread beside a plain frame's (the baseline, in the same
    // run). Without a GPU the frames come at the pace of the software rasteriser (a few a second), which is most of
    // the press-to-frame time.
    const timing = await page.evaluate(async (n) => {
      const b = window.bund!;
      await b.teleport(44, 330, 100, 8);
      // No named helpers in here: the bundler's name-keeping wrapper does not exist in the page.
      const switches: number[] = [];
      const work: number[] = [];
      const frames: number[] = [];
      const switchFrames: number[] = [];
      for (let i = 0; i < n; i++) {
        await new Promise<void>((r) => b.engine.onEndFrameObservable.addOnce(() => r()));
        // Both observers are added now, between frames, so that they see the same frame (a continuation after an
        // await runs only once the whole frame is done, and would wait for the next one).
        let begin = 0;
        await new Promise<void>((r) => {
          b.engine.onBeginFrameObservable.addOnce(() => (begin = performance.now()));
          b.engine.onEndFrameObservable.addOnce(() => r());
        });
        frames.push(performance.now() - begin);
        const t = performance.now();
        b.engine.onBeginFrameObservable.addOnce(() => (begin = performance.now()));
        const switched = b.setLayer(b.layer() === "1937" ? "today" : "1937");
        work.push(performance.now() - t);
        await switched;
        const end = performance.now();
        switches.push(end - t);
        switchFrames.push(end - begin);
      }
      return { switches, work, frames, switchFrames };
    }, SWITCHES);
    console.log("\nDigital Bund period layers (headless Chromium, software WebGL)\n");
    printTable(rows);
    const line = (what: string, xs: number[]) =>
      `${what}: median ${median(xs).toFixed(1)} ms, max ${max(xs).toFixed(1)} ms`;
    console.log(`\nlayer switches (${SWITCHES}), facing Pudong:`);
    console.log(
      `  ${line("the switch's own work (meshes enabled and disabled)", timing.work)} (target < ${TARGETS.switchMs} ms)`,
    );
    console.log(`  ${line("press to the end of the first frame drawn with it", timing.switches)}`);
    console.log(`  ${line("that first frame, its work on the page's thread", timing.switchFrames)}`);
    console.log(`  ${line("baseline, a plain frame's work on the page's thread", timing.frames)}`);
    console.log(
      `  first frame after a switch / plain frame = ${(median(timing.switchFrames) / median(timing.frames)).toFixed(2)}×`,
    );
    writeResults("layers", { targets: TARGETS, viewpoints: rows, ...timing });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
