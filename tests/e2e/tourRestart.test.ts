// A guided tour survives a server restart in real Chromium: the museum runs as its own process (the built client, a
// SQLite store), a guide and a member are mid-tour with the narration playing; the process is stopped with SIGTERM,
// and later killed with kill -9, and started again on the same port. Both pages come back by themselves (the member
// with the seat ticket of "tour:plan", the guide with a fresh sign-in token) and find the tour at the same stop, with
// the narration where the shared clock says, and the guide still leading.
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TourPlanSchema } from "../../common/tour";
import { openMuseumStore } from "../../server/store/museumStore";
import { museumDirs, startMuseumProcess, type MuseumProcess } from "../fixtures/museumProcess";
import { DESKTOP_WINDOW, launchChromium, openMuseum, type WatchedPage } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
const plan = TourPlanSchema.parse(JSON.parse(readFileSync(path.join(root, "assets/tours/bund-walk.json"), "utf8")));
const WAIT = { timeout: 90_000 };
const GUIDE = { name: "Mei Lin", password: "a walk along the bund" };
const SECRET = "tour-restart-browser-test-secret-0123456789";

let browser: Browser;
let museum: MuseumProcess | null = null;
let guide: WatchedPage;
let ann: WatchedPage;
let code: string;
const dirs = museumDirs();
let port = 0;

/** A free loopback port: the second process must listen where the pages were (they reconnect to location.host). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on("error", reject);
  });

const startMuseum = async () => {
  museum = await startMuseumProcess(
    {
      PORT: String(port),
      DATA_DIR: dirs.dataDir,
      CLIENT_DIR: path.join(root, "dist/client"),
      GUIDE_TOKEN_SECRET: SECRET,
    },
    60_000,
  );
};

const open = async (p: string) => {
  const patient = async (page: Page) => {
    page.setDefaultTimeout(WAIT.timeout);
    page.setDefaultNavigationTimeout(WAIT.timeout);
  };
  return openMuseum(browser, museum!.http, p, DESKTOP_WINDOW, patient);
};

const tourOf = (p: WatchedPage) => p.page.evaluate(() => window.bund!.tour());
/** The page is connected again and in the tour at `stop`. */
const backInTour = (p: WatchedPage, stop: number) =>
  p.page.waitForFunction(
    ([c, s]) =>
      window.bund!.netState() === "connected" &&
      window.bund!.tour()?.code === c &&
      window.bund!.tour()!.stopIndex === s,
    [code, stop] as const,
    WAIT,
  );

beforeAll(async () => {
  const store = openMuseumStore(dirs.dataDir);
  await store.guides.add(GUIDE.name, GUIDE.password);
  store.close();
  port = await freePort();
  await startMuseum();
  browser = await launchChromium();
  guide = await open("/");
  await guide.page.click("#entry-guide summary");
  await guide.page.fill("#entry-guide-name", GUIDE.name);
  await guide.page.fill("#entry-guide-password", GUIDE.password);
  await guide.page.click("#entry-submit");
  await guide.page.waitForSelector("#tour-plan option[value=bund-walk]", { state: "attached", ...WAIT });
  await guide.page.selectOption("#tour-plan", "bund-walk");
  await guide.page.click("#tour-start");
  await guide.page.waitForFunction(() => window.bund!.tour()?.leads === true, null, WAIT);
  code = (await guide.page.textContent("#tour-guide-code"))!.trim();
  ann = await open(`/?tour=${code}`);
  await ann.page.fill("#entry-name", "Ann");
  await ann.page.click("#entry-submit");
  await ann.page.waitForFunction((c) => window.bund!.tour()?.code === c, code, WAIT);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await museum?.stop("SIGKILL");
});

describe("a guided tour through a server restart, in the browser", () => {
  it("SIGTERM mid-narration: guide and member come back to the same stop, the narration where the clock says", async () => {
    await guide.page.click("#tour-next");
    await backInTour(ann, 1);
    await guide.page.click("#tour-narration-play");
    await ann.page.waitForFunction(() => window.bund!.tour()?.narration.playing === true, null, WAIT);

    const exitCode = await museum!.stop("SIGTERM");
    expect(exitCode, museum!.output().slice(-4000)).toBe(0);
    // Told before the sockets closed: both pages say they are reconnecting, not offline.
    for (const p of [guide, ann])
      await p.page.waitForFunction(() => window.bund!.netState() === "reconnecting", null, WAIT);
    const stoppedAt = Date.now();
    await startMuseum();

    for (const p of [guide, ann]) await backInTour(p, 1);
    const [g, a] = [await tourOf(guide), await tourOf(ann)];
    expect(g).toMatchObject({ leads: true, stopIndex: 1, stop: { id: plan.stops[1].id } });
    expect(a).toMatchObject({ leads: false, stopIndex: 1, guideName: GUIDE.name, stop: { id: plan.stops[1].id } });
    // The narration kept playing on the shared clock through the restart: it is further on than when the server stopped.
    expect(a!.narration.playing).toBe(true);
    expect(a!.narration.positionSec).toBeGreaterThan((Date.now() - stoppedAt) / 1000 - 1);
    await guide.page.waitForFunction(() => window.bund!.tour()!.members.length === 2, null, WAIT);
    expect((await tourOf(guide))!.members.map((m) => m.name).sort()).toEqual([GUIDE.name, "Ann"].sort());
  });

  it("kill -9: what was acknowledged a second before is there after the restart, and the guide still leads", async () => {
    await guide.page.click("#tour-next");
    await backInTour(ann, 2);
    await new Promise((r) => setTimeout(r, 1500)); // the promise covers changes older than a second
    await museum!.stop("SIGKILL");
    await startMuseum();

    for (const p of [guide, ann]) await backInTour(p, 2);
    expect(await tourOf(guide)).toMatchObject({ leads: true, stopIndex: 2 });
    // The guide's controls work on the restored tour: the next stop reaches the member.
    await guide.page.click("#tour-next");
    await backInTour(ann, 3);
    expect(await ann.page.textContent("#tour-stop-title")).toBe(plan.stops[3].title.en);
    for (const p of [guide, ann]) expect(p.foreignRequests).toEqual([]);
  });
});
