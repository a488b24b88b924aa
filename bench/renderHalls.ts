// The gallery halls in the render benchmark: at every viewpoint of every hall, with all items loaded, draw calls,
// meshes and triangles for the merged build and a naive one (one mesh per item) in the same run; a hall's first
// frame and the bytes before it; and the texture memory the halls hold.
import type { Browser } from "playwright-core";
import { printTable } from "./report";

export const HALL_TARGETS = { drawCalls: 50, triangles: 300_000, ratio: 20 };

export interface HallViewpoint {
  hall: string;
  viewpoint: string;
  drawCalls: number;
  activeMeshes: number;
  triangles: number;
}

export interface HallRun {
  hall: string;
  items: number;
  firstFrameMs: number;
  /** Every byte the page fetched before the hall's first frame (scripts, scene, exhibits), as transferred. */
  bytesBeforeFirstFrame: number;
  viewpoints: HallViewpoint[];
  /** Every mesh of the hall drawn at once (frustum culling off, full detail): the whole hall in view. */
  wholeHall: { drawCalls: number; triangles: number };
  textures: { count: number; rgbaBytes: number };
}

async function measureHall(
  browser: Browser,
  baseURL: string,
  hall: string,
  mode: "merged" | "naive",
): Promise<HallRun> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  try {
    await page.goto(`${baseURL}/gallery/${hall}?build=${mode}`);
    await page.waitForFunction(() => window.bund?.timings().firstFrameMs != null, null, { timeout: 120_000 });
    const { firstFrameMs, bytes } = await page.evaluate(() => {
      const t = window.bund!.timings().firstFrameMs!;
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const before = res.filter((e) => e.responseEnd <= t);
      // transferSize is 0 for cached responses; every run here starts with a fresh context, so nothing is cached.
      return {
        firstFrameMs: t,
        bytes: nav.transferSize + before.reduce((s, e) => s + (e.transferSize || e.encodedBodySize), 0),
      };
    });
    await page.evaluate(() => window.bund!.loaded());
    const items = await page.evaluate(() => window.bund!.exhibits().length);
    const ids = await page.evaluate(() => window.bund!.viewpoints());
    const viewpoints: HallViewpoint[] = [];
    for (const id of ids) {
      await page.evaluate(([h, v]) => window.bund!.goto(h, v), [hall, id] as const);
      await page.waitForTimeout(100);
      const s = await page.evaluate(() => window.bund!.stats());
      viewpoints.push({
        hall,
        viewpoint: id,
        drawCalls: s.drawCalls,
        activeMeshes: s.activeMeshes,
        triangles: Math.round(s.triangles),
      });
    }
    // The whole hall in view: each mesh selected as if the frustum held everything (Babylon skips LOD for these).
    await page.evaluate(([h, v]) => window.bund!.goto(h, v), [hall, ids[0]] as const);
    await page.evaluate(() => window.bund!.scene!.meshes.forEach((m) => (m.alwaysSelectAsActiveMesh = true)));
    await page.waitForTimeout(200);
    const all = await page.evaluate(() => window.bund!.stats());
    const wholeHall = { drawCalls: all.drawCalls, triangles: Math.round(all.triangles) };
    await page.evaluate(() => window.bund!.scene!.meshes.forEach((m) => (m.alwaysSelectAsActiveMesh = false)));
    // Textures the hall holds on the GPU, as RGBA with a full mip chain (4/3 of the base level).
    const textures = await page.evaluate(() => {
      const list = window.bund!.scene!.textures;
      let bytes = 0;
      for (const t of list) {
        const { width, height } = t.getSize();
        bytes += width * height * 4 * (t.noMipmap ? 1 : 4 / 3);
      }
      return { count: list.length, rgbaBytes: Math.round(bytes) };
    });
    return { hall, items, firstFrameMs, bytesBeforeFirstFrame: bytes, viewpoints, wholeHall, textures };
  } finally {
    await page.context().close();
  }
}

/** Measures every hall in both builds; prints the table and returns the figures for the results file. */
export async function measureHalls(
  browser: Browser,
  baseURL: string,
): Promise<{ merged: HallRun[]; naive: HallRun[] }> {
  const list = (await (await fetch(`${baseURL}/api/scenes`)).json()) as { scenes: { id: string; kind: string }[] };
  const halls = list.scenes.filter((s) => s.kind === "gallery").map((s) => s.id);
  const merged: HallRun[] = [];
  const naive: HallRun[] = [];
  for (const hall of halls) {
    merged.push(await measureHall(browser, baseURL, hall, "merged"));
    naive.push(await measureHall(browser, baseURL, hall, "naive"));
  }
  const rows = merged.flatMap((m, h) =>
    m.viewpoints.map((v, i) => {
      const n = naive[h].viewpoints[i];
      const ratio = n.drawCalls / v.drawCalls;
      return {
        hall: v.hall,
        viewpoint: v.viewpoint,
        drawCalls: v.drawCalls,
        activeMeshes: v.activeMeshes,
        triangles: v.triangles,
        "naive drawCalls": n.drawCalls,
        "naive triangles": n.triangles,
        "ratio (naive/merged)": ratio.toFixed(1) + "×",
        "within budget": v.drawCalls <= HALL_TARGETS.drawCalls && v.triangles <= HALL_TARGETS.triangles ? "yes" : "NO",
      };
    }),
  );
  console.log(
    `\nGallery halls: ${merged.reduce((s, m) => s + m.items, 0)} items in ${halls.length} halls, every item loaded (targets ≤ ${HALL_TARGETS.drawCalls} draw calls, ≤ ${HALL_TARGETS.triangles} triangles, ≥ ${HALL_TARGETS.ratio}× fewer draw calls than naive)\n`,
  );
  printTable(rows);
  // A viewpoint that sees a dozen items cannot save 20× on a dozen calls; the whole hall in view is where it shows.
  console.log("\nthe whole hall in view (every mesh drawn, culling off; Babylon then draws each at full detail):\n");
  printTable(
    merged.map((m, i) => {
      const ratio = naive[i].wholeHall.drawCalls / m.wholeHall.drawCalls;
      return {
        hall: m.hall,
        items: m.items,
        drawCalls: m.wholeHall.drawCalls,
        triangles: m.wholeHall.triangles,
        "naive drawCalls": naive[i].wholeHall.drawCalls,
        "naive triangles": naive[i].wholeHall.triangles,
        "ratio (naive/merged)": ratio.toFixed(1) + "×",
        "meets targets":
          m.wholeHall.drawCalls <= HALL_TARGETS.drawCalls &&
          m.wholeHall.triangles <= HALL_TARGETS.triangles &&
          ratio >= HALL_TARGETS.ratio
            ? "yes"
            : "NO",
      };
    }),
  );
  console.log("");
  printTable(
    merged.map((m, i) => ({
      hall: m.hall,
      items: m.items,
      "first frame (ms)": Math.round(m.firstFrameMs),
      "KiB before first frame": (m.bytesBeforeFirstFrame / 1024).toFixed(0),
      "naive first frame (ms)": Math.round(naive[i].firstFrameMs),
      textures: m.textures.count,
      "texture MiB (RGBA + mips)": (m.textures.rgbaBytes / 2 ** 20).toFixed(1),
    })),
  );
  return { merged, naive };
}
