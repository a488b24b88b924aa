// Sign-ins that can be taken back, and plans with quotas, on a real server with its own store: a token is dead in
// the REST API and in the rooms after `guide:add --reset` and after `guide:remove` (the CLIs themselves, run as the
// operator would), a refresh never passes the absolute lifetime, and plans are counted, sized and listed in pages.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "colyseus.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { VisitorRole } from "../../../common/messageTypes";
import { createGuideTokens, newTokenSecret } from "../../../server/auth/guideToken";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { openMuseumStore } from "../../../server/store/museumStore";
import { museumStateOf } from "../../fixtures/roomClients";

const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "bund-sign-ins-"));
const clientDir = path.join(dataDir, "client");
mkdirSync(clientDir);
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
const MAX_HOURS = 12;
let server: MuseumServer;

const call = (method: string, p: string, token?: string, body?: unknown) =>
  fetch(`${server.url}${p}`, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
async function signIn(name: string, password: string): Promise<string> {
  const res = await call("POST", "/api/guides/login", undefined, { name, password });
  expect(res.status).toBe(200);
  return (await res.json()).token;
}
/** The CLI as the operator runs it (`npm run guide:…`), on this server's store, while the server runs (not blocked). */
function cli(
  script: string,
  args: string[],
  input = "",
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", `server/cli/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
    timeout: 30_000,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(input);
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}
/** Whether the rooms take this token: the role the joiner gets, or the refusal. */
async function joinAsGuide(token: string): Promise<number | string> {
  const client = new Client(`ws://127.0.0.1:${server.port}`);
  try {
    const room = await client.joinOrCreate("museum", { name: "x", sceneId: "bund", guideToken: token });
    const role = await vi.waitFor(() => {
      const me = museumStateOf(room).visitors?.get(room.sessionId);
      expect(me).toBeDefined();
      return me!.role; // defined: checked just above
    });
    await room.leave(true);
    return role;
  } catch (err) {
    return (err as Error).message;
  }
}

beforeAll(async () => {
  const store = openMuseumStore(dataDir);
  await store.guides.add("Mei Lin", "correct horse battery");
  await store.guides.add("Bo", "another good password");
  store.close();
  const env = {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    GUIDE_SIGN_IN_MAX_HOURS: String(MAX_HOURS),
    TOUR_PLANS_PER_GUIDE: "3",
    TOUR_PLAN_MAX_KB: "4",
  };
  server = await startMuseumServer({ ...loadConfig(env, root), clientDir }, { log: pino({ level: "silent" }) });
});
afterAll(() => server?.close());

describe("a guide's sign-in", () => {
  it("is dead everywhere after guide:add --reset, and after guide:remove (also when the name is given again)", async () => {
    const before = await signIn("Mei Lin", "correct horse battery");
    expect((await call("GET", "/api/tour-plans", before)).status).toBe(200);
    expect(await joinAsGuide(before)).toBe(VisitorRole.Guide);

    const reset = await cli("guideAdd.ts", ["Mei Lin", "--reset"], "a brand new password\n");
    expect(reset.status).toBe(0);
    expect((await call("GET", "/api/tour-plans", before)).status).toBe(401);
    expect((await call("POST", "/api/guides/refresh", before)).status).toBe(401);
    expect(await joinAsGuide(before)).toMatch(/guide sign-in has expired or is not valid/);
    expect(reset.stdout).toMatch(/sign-ins have ended/);

    const after = await signIn("Mei Lin", "a brand new password");
    expect((await call("GET", "/api/tour-plans", after)).status).toBe(200);
    const removed = await cli("guideRemove.ts", ["Mei", "Lin"]);
    expect([removed.status, removed.stdout]).toEqual([0, expect.stringMatching(/Guide "Mei Lin" removed/)]);
    expect((await call("GET", "/api/tour-plans", after)).status).toBe(401);
    expect(await joinAsGuide(after)).toMatch(/guide sign-in has expired or is not valid/);
    expect((await cli("guideRemove.ts", ["Mei Lin"])).stderr).toMatch(/There is no guide "Mei Lin"/);

    expect((await cli("guideAdd.ts", ["Mei Lin"], "a brand new password\n")).status).toBe(0);
    expect((await call("GET", "/api/tour-plans", after)).status).toBe(401);
    expect((await call("GET", "/api/tour-plans", await signIn("Mei Lin", "a brand new password"))).status).toBe(200);
  }, 90_000); // four runs of the CLI, each a Node start and a password hash

  it("is refreshed up to its absolute lifetime from the password, and no further", async () => {
    // Tokens made with the server's own key and store: the sign-in happened almost MAX_HOURS ago.
    const store = openMuseumStore(dataDir);
    try {
      const secret = store.secret("guide-token", newTokenSecret);
      const versions = (n: string) => store.guides.tokenVersion(n);
      const now = Date.now();
      const signedInAt = now - MAX_HOURS * 3600_000 + 60_000;
      const old = createGuideTokens(secret, 24 * 3600, { versions, maxLifetimeSeconds: MAX_HOURS * 3600 }).issue(
        "Bo",
        signedInAt,
      ).token;
      const refreshed = await call("POST", "/api/guides/refresh", old);
      expect(refreshed.status).toBe(200);
      const body = await refreshed.json();
      expect(body.expiresAt).toBeLessThanOrEqual(Math.floor(signedInAt / 1000) + MAX_HOURS * 3600);
      expect(body.expiresAt).toBeLessThan(now / 1000 + 120);

      // A token whose own expiry claims more than the lifetime (signed under a longer setting) is not taken.
      const tooOld = createGuideTokens(secret, 24 * 3600, { versions, maxLifetimeSeconds: 48 * 3600 }).issue(
        "Bo",
        now - (MAX_HOURS + 1) * 3600_000,
      ).token;
      const res = await call("POST", "/api/guides/refresh", tooOld);
      expect(res.status).toBe(401);
      expect(await joinAsGuide(tooOld)).toMatch(/guide sign-in has expired or is not valid/);
    } finally {
      store.close();
    }
  });
});

const stop = (id: string, narration: string) => ({
  id,
  sceneId: "bund",
  place: { x: 33, z: 376 },
  headingDeg: -90,
  target: { kind: "landmark", id: "customs-house" },
  title: { en: "Stop", zh: "站" },
  narration: { en: narration, zh: "一些历史。" },
  durationSec: 60,
});
/** A plan of one short stop, or with `long`, of five stops of 1,000 characters each (over 4 KiB). */
const plan = (id: string, long = false) => ({
  id,
  title: { en: `Walk ${id}`, zh: `漫步 ${id}` },
  description: { en: "A walk.", zh: "漫步。" },
  stops: long ? ["a", "b", "c", "d", "e"].map((s) => stop(s, "x".repeat(1000))) : [stop("one", "Some history.")],
});

describe("tour plans per guide", () => {
  it("are limited in number and size, with errors that name the limit and its setting", async () => {
    const bo = await signIn("Bo", "another good password");
    const big = await call("POST", "/api/tour-plans", bo, plan("bo-big", true));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/at most 4 KiB \(TOUR_PLAN_MAX_KB\)/);
    for (const id of ["bo-1", "bo-2", "bo-3"])
      expect((await call("POST", "/api/tour-plans", bo, plan(id))).status).toBe(201);
    const fourth = await call("POST", "/api/tour-plans", bo, plan("bo-4"));
    expect(fourth.status).toBe(409);
    expect((await fourth.json()).error).toMatch(/3 tour plans, the most a guide may keep \(TOUR_PLANS_PER_GUIDE\)/);
    const grown = await call("PUT", "/api/tour-plans/bo-1", bo, plan("bo-1", true));
    expect(grown.status).toBe(413);
    expect(
      (await call("PUT", "/api/tour-plans/bo-1", bo, { ...plan("bo-1"), title: { en: "Edited", zh: "改" } })).status,
    ).toBe(200);
    expect((await call("DELETE", "/api/tour-plans/bo-3", bo)).status).toBe(204);
    expect((await call("POST", "/api/tour-plans", bo, plan("bo-4"))).status).toBe(201);
  });

  it("are listed as summaries in pages", async () => {
    const bo = await signIn("Bo", "another good password");
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const res = await call("GET", `/api/tour-plans?limit=2${after ? `&after=${after}` : ""}`, bo);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { plans: { id: string; stops?: unknown; stopCount: number }[]; next?: string };
      expect(page.plans.length).toBeLessThanOrEqual(2);
      for (const p of page.plans) expect(p.stops).toBeUndefined();
      seen.push(...page.plans.map((p) => p.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(expect.arrayContaining(["bo-1", "bo-2", "bo-4"]));
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await call("GET", "/api/tour-plans?limit=5000", bo);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/limit: limit is at most 200/);
  });
});
