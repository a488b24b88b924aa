// The Kunqu theatre in the render benchmark: at each of its seats (the scene's viewpoints), with the performance
// running, draw calls, meshes and triangles for the merged build and, in the same run, the naive one (the hall's
// landmark kit one mesh per part; the stage and the performers are built the same way in both); and the whole
// theatre in view (culling off). Budget (issue 16): the Bund's, ≤ 50 draw calls and ≤ 300k triangles, performers
// included.
import type { Browser } from "playwright-core";
import { printTable } from "./report";

export const THEATRE_TARGETS = { drawCalls: 50, triangles: 300_000 };
const THEATRE = "theatre";

export interface SeatStats {
  seat: string;
  drawCalls: number;
  activeMeshes: number;
  triangles: number;
}

export interface TheatreRun {
  mode: "merged" | "naive";
  seats: SeatStats[];
  wholeTheatre: { drawCalls: number; triangles: number };
}

async function measureTheatre(browser: Browser, baseURL: string, mode: TheatreRun["mode"]): Promise<TheatreRun> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  try {
    await page.goto(`${baseURL}/gallery/${THEATRE}?build=${mode}`);
    await page.waitForFunction(() => window.bund?.timings().firstFrameMs != null, null, { timeout: 120_000 });
    await page.waitForFunction(() => window.bund!.theatre().then((t) => t !== null && t.ms >= 0), null, {
      timeout: 60_000,
    });
    await page.evaluate(() => window.bund!.loaded());
    const ids = await page.evaluate(() => window.bund!.viewpoints());
    const seats: SeatStats[] = [];
    for (const id of ids) {
      await page.evaluate(([s, v]) => window.bund!.goto(s, v), [THEATRE, id] as const);
      await page.waitForTimeout(150);
      const s = await page.evaluate(() => window.bund!.stats());
      seats.push({
        seat: id,
        drawCalls: s.drawCalls,
        activeMeshes: s.activeMeshes,
        triangles: Math.round(s.triangles),
      });
    }
    await page.evaluate(() => window.bund!.scene!.meshes.forEach((m) => (m.alwaysSelectAsActiveMesh = true)));
    await page.waitForTimeout(200);
    const all = await page.evaluate(() => window.bund!.stats());
    await page.evaluate(() => window.bund!.scene!.meshes.forEach((m) => (m.alwaysSelectAsActiveMesh = false)));
    return { mode, seats, wholeTheatre: { drawCalls: all.drawCalls, triangles: Math.round(all.triangles) } };
  } finally {
    await page.context().close();
  }
}

/** Measures the theatre in both builds; prints the table and returns the figures for the results file. */
export async function measureTheatreSeats(
  browser: Browser,
  baseURL: string,
): Promise<{ merged: TheatreRun; naive: TheatreRun }> {
  const merged = await measureTheatre(browser, baseURL, "merged");
  const naive = await measureTheatre(browser, baseURL, "naive");
  const within = (d: number, t: number) =>
    d <= THEATRE_TARGETS.drawCalls && t <= THEATRE_TARGETS.triangles ? "yes" : "NO";
  console.log(
    `\nKunqu theatre, performance running, at each seat (targets ≤ ${THEATRE_TARGETS.drawCalls} draw calls, ≤ ${THEATRE_TARGETS.triangles} triangles, performers included)\n`,
  );
  printTable([
    ...merged.seats.map((m, i) => {
      const n = naive.seats[i];
      return {
        seat: m.seat,
        drawCalls: m.drawCalls,
        activeMeshes: m.activeMeshes,
        triangles: m.triangles,
        "naive drawCalls": n.drawCalls,
        "naive triangles": n.triangles,
        "ratio (naive/merged)": (n.drawCalls / m.drawCalls).toFixed(1) + "×",
        "within budget": within(m.drawCalls, m.triangles),
      };
    }),
    {
      seat: "(whole theatre, culling off)",
      drawCalls: merged.wholeTheatre.drawCalls,
      activeMeshes: "",
      triangles: merged.wholeTheatre.triangles,
      "naive drawCalls": naive.wholeTheatre.drawCalls,
      "naive triangles": naive.wholeTheatre.triangles,
      "ratio (naive/merged)": (naive.wholeTheatre.drawCalls / merged.wholeTheatre.drawCalls).toFixed(1) + "×",
      "within budget": within(merged.wholeTheatre.drawCalls, merged.wholeTheatre.triangles),
    },
  ]);
  if (merged.seats.every((m, i) => m.drawCalls === naive.seats[i].drawCalls))
    console.log(
      "(the naive build changes only the landmark kit's merging, and the theatre's hall has no landmarks: its figures" +
        " equal the merged ones, so the ratio says nothing here; the budget above is the comparison that counts)",
    );
  return { merged, naive };
}
