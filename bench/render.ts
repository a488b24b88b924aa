// `npm run bench:render`: draw calls, meshes, triangles at named viewpoints, time to first frame and start-up JS,
// for the merged landmark kit and, in the same run, a naive build (one mesh per part) as the baseline; the gallery
// halls (renderHalls.ts); the Kunqu theatre at each seat (renderTheatre.ts); and an emulated headset per eye at the
// Bund's viewpoints (renderXr.ts).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../server/config";
import { startMuseumServer } from "../server/museumServer";
import { launchChromium } from "../tests/e2e/browser";
import { printTable, writeResults } from "./report";
import { measureHalls } from "./renderHalls";
import { measureTheatreSeats } from "./renderTheatre";
import { measureXr, printXr } from "./renderXr";
import { Client, type Room } from "colyseus.js";
import { parseSceneFile } from "../common/scene";
import { poseGrid, poseMessageOf, quantizePose } from "../common/pose";

const root = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGETS = { drawCalls: 50, triangles: 300_000, startupJsKiB: 300, firstFrameMs: 1500 };

interface ViewpointStats {
  viewpoint: string;
  drawCalls: number;
  activeMeshes: number;
  triangles: number;
}
interface ModeResult {
  mode: string;
  firstFrameMs: number;
  /** Every script fetched before the first frame: the start-up bundle plus the shader chunks the frame needed. */
  jsBeforeFirstFrameKiB: number;
  viewpoints: ViewpointStats[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gzipKiB = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) / 1024;

/** The start-up bundle: the scripts index.html loads (entry and module preloads), as a gzip-serving server sends them. */
function startupBundleKiB(clientDir: string): number {
  const html = readFileSync(path.join(clientDir, "index.html"), "utf8");
  const scripts = [...html.matchAll(/(?:src|href)="\/(static\/[^"]+\.js)"/g)].map((m) => path.join(clientDir, m[1]));
  return gzipKiB(scripts);
}

async function measure(baseURL: string, mode: "merged" | "naive", clientDir: string): Promise<ModeResult> {
  const browser = await launchChromium();
  try {
    const firstFrames: number[] = [];
    let jsKiB = 0;
    let viewpoints: ViewpointStats[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      await page.goto(`${baseURL}/?build=${mode}`);
      await page.waitForFunction(() => window.bund?.timings().firstFrameMs != null, null, { timeout: 60_000 });
      const { firstFrameMs, scripts } = await page.evaluate(() => {
        const t = window.bund!.timings().firstFrameMs!;
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e) => e.name.endsWith(".js") && (e as PerformanceResourceTiming).responseEnd <= t)
          .map((e) => new URL(e.name).pathname);
        return { firstFrameMs: t, scripts };
      });
      firstFrames.push(firstFrameMs);
      // What a gzip-serving server would send for every script fetched before the first frame.
      jsKiB = gzipKiB(scripts.map((p) => path.join(clientDir, p)));
      if (run === RUNS - 1) {
        await page.evaluate(() => window.bund!.loaded());
        const ids = await page.evaluate(() => window.bund!.viewpoints());
        viewpoints = [];
        for (const id of ids) {
          await page.evaluate((id) => window.bund!.goto("bund", id), id);
          await page.waitForTimeout(100);
          const s = await page.evaluate(() => window.bund!.stats());
          viewpoints.push({
            viewpoint: id,
            drawCalls: s.drawCalls,
            activeMeshes: s.activeMeshes,
            triangles: Math.round(s.triangles),
          });
        }
      }
      await page.context().close();
    }
    return { mode, firstFrameMs: median(firstFrames), jsBeforeFirstFrameKiB: jsKiB, viewpoints };
  } finally {
    await browser.close();
  }
}

/**
 * 100 visitors standing in view of the spawn point (real clients of the running server): what the avatars
 * add to the frame. They face the camera in rows on the promenade.
 */
async function measureCrowd(
  baseURL: string,
): Promise<{ without: number; with: number; visible: number; triangles: number }> {
  const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
  const grid = poseGrid(bund.bounds);
  const spawn = bund.spawnPoints[0].position;
  const browser = await launchChromium();
  const bots: Room[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(baseURL);
    await page.waitForFunction(() => window.bund?.timings().firstFrameMs != null, null, { timeout: 60_000 });
    await page.evaluate(() => window.bund!.enter({ name: "Bench camera" }));
    await page.evaluate(() => window.bund!.loaded());
    await page.waitForFunction(() => window.bund!.netState() === "connected");
    await page.evaluate(([x, z]) => window.bund!.teleport(x, z - 6, 0, 0), [spawn.x, spawn.z] as const);
    const without = (await page.evaluate(() => window.bund!.stats())).drawCalls;
    const endpoint = baseURL.replace("http", "ws");
    for (let i = 0; i < 100; i++) {
      const bot = await new Client(endpoint).joinOrCreate("museum", { name: `Visitor ${i + 1}`, sceneId: "bund" });
      bots.push(bot);
      const row = Math.floor(i / 10);
      const pose = {
        x: spawn.x - 9 + (i % 10) * 2,
        y: bund.eyeHeight,
        z: spawn.z + 6 + row * 2.5,
        yaw: Math.PI,
        pitch: 0,
      };
      bot.send("pose", poseMessageOf(quantizePose(pose, grid)));
    }
    await page.waitForFunction(() => window.bund!.visitors().length >= 100, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const s = await page.evaluate(() => window.bund!.stats());
    return {
      without,
      with: s.drawCalls,
      visible: await page.evaluate(() => window.bund!.visitors().length),
      triangles: Math.round(s.triangles),
    };
  } finally {
    await Promise.all(bots.map((b) => b.leave(true).catch(() => undefined)));
    await browser.close();
  }
}

async function main() {
  // Room for the benchmark camera and a crowd of 100 in one instance. All of them, and every page the halls and VR
  // runs open after, come from 127.0.0.1: the per-address caps (50 sockets by default) closed the 51st bot with 1006.
  const config = loadConfig(
    {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      MAX_VISITORS: "150",
      SOCKETS_PER_ADDRESS: "300",
      ROOMS_PER_ADDRESS_PER_MINUTE: "1000",
    },
    root,
  );
  const server = await startMuseumServer(config, { log: pino({ level: "warn" }) });
  try {
    const merged = await measure(server.url, "merged", config.clientDir);
    const naive = await measure(server.url, "naive", config.clientDir);
    const rows = merged.viewpoints.map((m, i) => {
      const n = naive.viewpoints[i];
      return {
        viewpoint: m.viewpoint,
        drawCalls: m.drawCalls,
        activeMeshes: m.activeMeshes,
        triangles: m.triangles,
        "naive drawCalls": n.drawCalls,
        "naive meshes": n.activeMeshes,
        "ratio (naive/merged)": (n.drawCalls / m.drawCalls).toFixed(1) + "×",
        "within budget": m.drawCalls <= TARGETS.drawCalls && m.triangles <= TARGETS.triangles ? "yes" : "NO",
      };
    });
    console.log("\nDigital Bund render benchmark (headless Chromium, software WebGL; counts, not frame rates)\n");
    printTable(rows);
    console.log(
      `\nfirst frame after navigation (median of ${RUNS}): merged ${merged.firstFrameMs.toFixed(0)} ms, naive ${naive.firstFrameMs.toFixed(0)} ms (target ≤ ${TARGETS.firstFrameMs} ms)`,
    );
    const bundle = startupBundleKiB(config.clientDir);
    console.log(
      `start-up bundle (index.html's scripts): ${bundle.toFixed(1)} KiB gzip (target ≤ ${TARGETS.startupJsKiB} KiB)`,
    );
    console.log(
      `all JS fetched before the first frame (bundle + shader chunks): ${merged.jsBeforeFirstFrameKiB.toFixed(1)} KiB gzip`,
    );
    const crowd = await measureCrowd(server.url);
    console.log(
      `100 avatars in view at the spawn point: ${crowd.without} → ${crowd.with} draw calls (+${crowd.with - crowd.without}; target ≤ +10), ${crowd.visible} visitors drawn, ${crowd.triangles} triangles`,
    );
    const hallBrowser = await launchChromium();
    const halls = await measureHalls(hallBrowser, server.url).finally(() => hallBrowser.close());
    const theatreBrowser = await launchChromium();
    const theatre = await measureTheatreSeats(theatreBrowser, server.url).finally(() => theatreBrowser.close());
    // VR: an emulated Quest 3 at the same viewpoints, each eye counted, first as Chromium renders it, then multiview.
    const customs = parseSceneFile(
      "scenes/bund.json",
      readFileSync(path.join(root, "scenes/bund.json"), "utf8"),
    ).landmarks.find((l) => l.id === "customs-house")!;
    const facade = { x: customs.position.x + 12, y: 12, z: customs.position.z };
    const xrStereo = await measureXr(server.url, false, facade);
    const xrMultiview = await measureXr(server.url, true, facade);
    printXr(xrStereo, xrMultiview, TARGETS);
    writeResults("render", {
      targets: TARGETS,
      startupBundleKiB: bundle,
      merged,
      naive,
      crowd,
      halls,
      theatre,
      xr: { stereo: xrStereo, multiview: xrMultiview },
    });
  } finally {
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
