// The gallery halls in an emulated Meta Quest 3 (iwer): pointing at an exhibit and pulling the trigger opens its
// record on a 3D panel (a pot in a case, a painting on the wall) with its certificate mark (green from the files the
// hall loaded, red with the reason for a record changed on its way), and nothing leaves the origin.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { launchChromium, type WatchedPage } from "./browser";
import { aimController, clickTrigger } from "./xrControllers";
import { openXRMuseum } from "./xrDevice";
import { ensureXR, leaveXR, player, xrState, type XrState } from "./xrVisit";
import { readCatalogRecords } from "../../server/certificates/reproduction";

const scenesDir = path.resolve(import.meta.dirname, "../../scenes");
const hallOf = (id: string) => parseSceneFile(`${id}.json`, readFileSync(path.join(scenesDir, `${id}.json`), "utf8"));
const catalogDir = path.resolve(import.meta.dirname, "../../assets/catalog");
const records = readdirSync(catalogDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap(
    (f) =>
      (
        JSON.parse(readFileSync(path.join(catalogDir, f), "utf8")) as {
          items: { id: string; category: string; description: { en: string } }[];
        }
      ).items,
  );
const recordOf = (id: string) => records.find((r) => r.id === id)!;
const modelled = readCatalogRecords(path.resolve(import.meta.dirname, "../../assets")).records.find(
  (r) => r.artifact.form.kind === "model",
)!.artifact;

/** The open panel's certificate mark once it is checked. */
async function sealOf(item: string): Promise<NonNullable<XrState["panelSeal"]>> {
  const handle = await vr.page.waitForFunction(
    (i) => {
      const s = (window.bund as unknown as { xr(): XrState | null }).xr();
      return s?.panel === i && s.panelSeal && s.panelSeal.state !== "checking" ? s.panelSeal : null;
    },
    item,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue())!;
}

let browser: Browser;
let vr: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  vr = await openXRMuseum(browser, inject("baseURL"), "/gallery/ceramics");
  await vr.page.evaluate(() => window.bund!.enter({ name: "Gallery headset", lang: "en" }));
});
afterAll(async () => {
  await browser?.close();
});

/** The middle of a glb exhibit's drawn meshes (world metres), or null for an item built by the kit. */
function modelMiddle(item: string): Promise<{ x: number; y: number; z: number } | null> {
  return vr.page.evaluate((i) => {
    const anchor = window.bund!.scene!.getTransformNodeByName(`exhibit-${i}`);
    const meshes = anchor?.getChildMeshes(false).filter((m) => m.getTotalVertices() > 0) ?? [];
    if (!meshes.length) return null;
    const lo = { x: Infinity, y: Infinity, z: Infinity };
    const hi = { x: -Infinity, y: -Infinity, z: -Infinity };
    for (const m of meshes) {
      const box = m.getBoundingInfo().boundingBox;
      for (const k of ["x", "y", "z"] as const) {
        lo[k] = Math.min(lo[k], box.minimumWorld[k]);
        hi[k] = Math.max(hi[k], box.maximumWorld[k]);
      }
    }
    return { x: (lo.x + hi.x) / 2, y: (lo.y + hi.y) / 2, z: (lo.z + hi.z) / 2 };
  }, item);
}

/** Stands before an item (as a search result does, outside VR), enters VR there, points at it and pulls the trigger. */
async function readInVR(hall: string, item: string): Promise<void> {
  if ((await player(vr.page)).mode === "xr") await leaveXR(vr.page);
  await vr.page.evaluate(([h, i]) => window.bund!.goToItem(h, i), [hall, item] as const);
  await vr.page.evaluate(() => window.bund!.loaded());
  await ensureXR(vr.page);
  const at = (await modelMiddle(item)) ?? (await vr.page.evaluate((i) => window.bund!.exhibitPlace(i), item))!;
  expect(at).not.toBeNull();
  await aimController(vr.page, "right", at);
  const place = await vr.page.evaluate((i) => window.bund!.exhibitPlace(i), item);
  const aimed = `aimed at ${JSON.stringify(at)}; its place ${JSON.stringify(place)}`;
  expect((await xrState(vr.page))!.rays, `the ray shows over an exhibit (${aimed})`).toBeGreaterThan(0);
  await clickTrigger(vr.page, "right");
  // The label at once, then the full record from the catalog in its place.
  const description = recordOf(item).description.en;
  await vr.page.waitForFunction(
    ([i, d]) => {
      const s = (window.bund as unknown as { xr(): { panel: string | null; panelText: string | null } | null }).xr();
      return s?.panel === i && (s.panelText ?? "").includes(d);
    },
    [item, description] as const,
    { timeout: 30_000 },
  );
}

// Software WebGL draws both eyes at a few XR frames a second on two shared cores: allow each test minutes.
describe("the galleries in an emulated headset", { timeout: 240_000 }, () => {
  it("a pot in a case: trigger opens its record as a 3D panel", async () => {
    const hall = hallOf("ceramics");
    await readInVR(hall.id, hall.displays[0].items[5]);
    expect(await vr.page.evaluate(() => window.bund!.scene!.meshes.some((m) => m.name.startsWith("xr-card-")))).toBe(
      true,
    );
  });

  it("a painting on the wall: trigger opens its record as a 3D panel", async () => {
    const hall = hallOf("calligraphy-painting");
    const painting = hall.displays.flatMap((d) => d.items).find((id) => recordOf(id).category === "painting")!;
    await readInVR(hall.id, painting);
  });

  it("the modelled ewer's record carries its certificate mark: green, its glb hashed as the hall loaded it", async () => {
    const hall = hallOf("ceramics");
    expect(hall.displays.some((d) => d.items.includes(modelled.id))).toBe(true);
    await vr.page.evaluate(([h, i]) => window.bund!.goToItem(h, i), [hall.id, modelled.id] as const);
    await vr.page.evaluate(() => window.bund!.loaded());
    // The glb stands on its shelf, its middle where the hall places the item (it once fell to the floor).
    const drawn = (await modelMiddle(modelled.id))!;
    const place = (await vr.page.evaluate((i) => window.bund!.exhibitPlace(i), modelled.id))!;
    expect(Math.abs(drawn.y - place.y)).toBeLessThan(0.05);
    await readInVR(hall.id, modelled.id);
    const seal = await sealOf(modelled.id);
    expect(seal).toMatchObject({ state: "ok", failure: null });
    expect(seal.text).toMatch(/the 1 of its \d+ certified files this page loaded are unchanged/);
  });

  it("a record changed on its way to the headset: the VR mark is red, the record differs", async () => {
    const hall = hallOf("ceramics");
    const item = hall.displays[0].items[0];
    await vr.page.route(`**/api/catalog/${item}`, async (route) => {
      const record = await (await route.fetch()).json();
      const description = { ...record.description, en: `${record.description.en} (A later hand added this.)` };
      await route.fulfill({ json: { ...record, description } });
    });
    try {
      await readInVR(hall.id, item);
      const seal = await sealOf(item);
      expect(seal).toMatchObject({ state: "failed", failure: "record-changed" });
      expect(seal.text).toContain("the record differs from the one certified");
    } finally {
      await vr.page.unroute(`**/api/catalog/${item}`);
    }
  });

  it("no request left the origin, and nothing was logged as an error", () => {
    expect(vr.foreignRequests).toEqual([]);
    expect(vr.consoleErrors).toEqual([]);
  });
});
