// Shared steps of the VR browser tests: the museum's XR handle, entering VR, standing somewhere, the comfort menu.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { aimController, clickButton, clickTrigger } from "./xrControllers";
import type { MenuRow } from "../../client/xr/settingsMenu";
import type { XrModeState } from "../../client/xr/xrMode";
import { waitXRFrames, type Vec3 } from "./xrDevice";

export type { MenuRow };

/** What bund.xr() reports in VR (the XR mode's own state type; a type-only import, nothing of the client runs here). */
export type XrState = XrModeState;

interface XrHandle {
  enterXR(): Promise<void>;
  exitXR(): Promise<void>;
  xr(): XrState | null;
}

export const player = (page: Page) => page.evaluate(() => window.bund!.player());
export const xrState = (page: Page) => page.evaluate(() => (window.bund as unknown as XrHandle).xr());
export const horizontal = (a: { x: number; z: number }, b: { x: number; z: number }) =>
  Math.hypot(a.x - b.x, a.z - b.z);

/** Starts the immersive session unless one is running (each test can then also run alone). */
export async function ensureXR(page: Page): Promise<void> {
  if ((await player(page)).mode === "xr") return;
  await page.evaluate(() =>
    Promise.race([
      (window.bund as unknown as XrHandle).enterXR(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("enterXR did not resolve within 45 s")), 45_000),
      ),
    ]),
  );
  expect((await player(page)).mode).toBe("xr");
}

/** Leaves the immersive session (resolves when it has ended). */
export async function leaveXR(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.race([
      (window.bund as unknown as XrHandle).exitXR(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("exitXR did not resolve within 30 s")), 30_000),
      ),
    ]),
  );
}

/** Stands the headset's visitor somewhere and waits until the head is there. */
export async function standAt(page: Page, x: number, z: number, yawDeg: number): Promise<void> {
  await page.evaluate(([x, z, y]) => window.bund!.teleport(x, z, y), [x, z, yawDeg] as const);
  await page.waitForFunction(
    ([x, z]) => {
      const p = window.bund!.player().position;
      return Math.hypot(p.x - x, p.z - z) < 0.3;
    },
    [x, z] as const,
    { timeout: 30_000 },
  );
  await waitXRFrames(page, 3);
}

/**
 * The visitor's heading and the vignette on each of the next `n` XR frames, read inside the page (every
 * page.evaluate round trip lets an unknown number of frames go by).
 */
export function headingPerFrame(page: Page, n: number): Promise<{ yaw: number; vignette: number }[]> {
  return page.evaluate(
    (n) =>
      new Promise<{ yaw: number; vignette: number }[]>((resolve, reject) => {
        const session = (window as unknown as { __xrDevice?: { activeSession?: XRSession } }).__xrDevice?.activeSession;
        if (!session) return reject(new Error("headingPerFrame: no active XR session"));
        const out: { yaw: number; vignette: number }[] = [];
        const tick = () => {
          out.push({
            yaw: window.bund!.player().yaw,
            vignette: (window.bund as unknown as XrHandle).xr()?.vignette ?? 0,
          });
          if (out.length >= n) resolve(out);
          else session.requestAnimationFrame(tick);
        };
        session.requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Opens the comfort menu with the left controller's Y button (unless open) and returns where its rows are. */
export async function openMenu(page: Page): Promise<Partial<Record<MenuRow, Vec3>>> {
  const open = (await xrState(page))?.menu;
  if (open) return open;
  await clickButton(page, "left", "y-button");
  const menu = (await xrState(page))?.menu;
  expect(menu, "the Y button opens the comfort menu").toBeTruthy();
  return menu!;
}

/** Points the right controller at a row of the comfort menu and clicks it; returns the state after. */
export async function pressMenu(page: Page, row: MenuRow): Promise<XrState> {
  const menu = await openMenu(page);
  await aimController(page, "right", menu[row]!);
  await clickTrigger(page, "right");
  await waitXRFrames(page, 2);
  return (await xrState(page))!;
}
