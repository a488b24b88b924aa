// The tour REST API on a real server with its own store: sign-in (and its limit), plan CRUD and reorder with clear
// JSON errors, live tours listed for the entry screen, and seats by code in the room that holds the tour.
import { Client, type Room } from "colyseus.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageType } from "../../../common/messageTypes";
import type { TourPlan } from "../../../common/tour";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { openMuseumStore } from "../../../server/store/museumStore";
import { museumStateOf, leaveAll } from "../../fixtures/roomClients";

const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "bund-api-"));
const clientDir = path.join(dataDir, "client");
mkdirSync(clientDir);
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");

let server: MuseumServer;
let mei = "";
let bo = "";
const rooms: Room[] = [];

const call = (method: string, p: string, body?: unknown, token?: string) =>
  fetch(`${server.url}${p}`, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
async function signIn(name: string, password: string) {
  const res = await call("POST", "/api/guides/login", { name, password });
  return (await res.json()).token as string;
}

const bundStop = (id: string, x: number, z: number, target = "customs-house") => ({
  id,
  sceneId: "bund",
  place: { x, z },
  headingDeg: -90,
  target: { kind: "landmark" as const, id: target },
  title: { en: `Stop ${id}`, zh: `第${id}站` },
  narration: { en: "Some history.", zh: "一些历史。" },
  durationSec: 60,
});
const plan = (over: Partial<TourPlan> = {}) => ({
  id: "my-walk",
  title: { en: "My walk", zh: "我的漫步" },
  description: { en: "Three stops.", zh: "三站。" },
  stops: [
    bundStop("one", 33, 376),
    bundStop("two", 33, 296, "hsbc-building"),
    bundStop("three", 33, 58, "shanghai-club"),
  ],
  ...over,
});

beforeAll(async () => {
  const store = openMuseumStore(dataDir);
  await store.guides.add("Mei Lin", "correct horse battery");
  await store.guides.add("Bo", "another good password");
  store.close();
  const env = {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    MAX_VISITORS: "2",
    TOUR_HEADROOM: "2",
    LOGIN_ATTEMPTS_PER_MINUTE: "8",
  }; // 6 honest attempts before the limit test
  server = await startMuseumServer({ ...loadConfig(env, root), clientDir }, { log: pino({ level: "silent" }) });
  mei = await signIn("Mei Lin", "correct horse battery");
  bo = await signIn("bo", "another good password");
});
afterAll(async () => {
  await leaveAll(rooms);
  await server?.close();
});

describe("guide sign-in", () => {
  it("returns a token and the account's name; a wrong password is a 401", async () => {
    const ok = await call("POST", "/api/guides/login", { name: "mei lin", password: "correct horse battery" });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.name).toBe("Mei Lin");
    expect(body.token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(body.expiresAt).toBeGreaterThan(Date.now() / 1000);
    const bad = await call("POST", "/api/guides/login", { name: "Mei Lin", password: "wrong password!" });
    expect(bad.status).toBe(401);
    expect((await bad.json()).error).toMatch(/Wrong guide name or password/);
  });
  it("a malformed body is a 400 naming the field, not JSON at all is a 400 too", async () => {
    const res = await call("POST", "/api/guides/login", { name: "Mei" });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/password/);
    const junk = await call("POST", "/api/guides/login", "{not json");
    expect(junk.status).toBe(400);
    expect((await junk.json()).error).toMatch(/not valid JSON/);
  });
  it("too many attempts from one address are a 429 with Retry-After", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 10; i++) last = await call("POST", "/api/guides/login", { name: "x", password: "y" });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await last!.json()).error).toMatch(/Too many sign-in attempts.*try again in \d+ seconds/);
  });
  it("a token can be refreshed", async () => {
    const res = await call("POST", "/api/guides/refresh", undefined, mei);
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe("Mei Lin");
  });
});

describe("tour plans", () => {
  it("need a guide's token", async () => {
    expect((await call("GET", "/api/tour-plans")).status).toBe(401);
    const forged = await call("GET", "/api/tour-plans", undefined, `${mei.split(".")[0]}.AAAA`);
    expect(forged.status).toBe(401);
    expect((await forged.json()).error).toMatch(/expired or is not valid/);
  });
  it("list the sample plans seeded on first start", async () => {
    const body = await (await call("GET", "/api/tour-plans", undefined, mei)).json();
    expect(body.plans.map((p: { id: string }) => p.id)).toContain("bund-walk");
    const walk = await (await call("GET", "/api/tour-plans/bund-walk", undefined, mei)).json();
    expect(walk.stops.length).toBeGreaterThanOrEqual(6);
    expect(walk.owner).toBeNull();
  });
  it("create, read, replace, reorder and delete", async () => {
    const created = await call("POST", "/api/tour-plans", plan(), mei);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/api/tour-plans/my-walk");
    expect((await created.json()).owner).toBe("Mei Lin");
    expect((await call("POST", "/api/tour-plans", plan(), mei)).status).toBe(409);

    const replaced = await call(
      "PUT",
      "/api/tour-plans/my-walk",
      plan({ title: { en: "Our walk", zh: "我们的漫步" } }),
      mei,
    );
    expect(replaced.status).toBe(200);
    expect((await replaced.json()).title.en).toBe("Our walk");

    const reordered = await call("POST", "/api/tour-plans/my-walk/reorder", { stopIds: ["three", "one", "two"] }, mei);
    expect(reordered.status).toBe(200);
    expect((await reordered.json()).stops.map((s: { id: string }) => s.id)).toEqual(["three", "one", "two"]);

    expect((await call("DELETE", "/api/tour-plans/my-walk", undefined, mei)).status).toBe(204);
    expect((await call("GET", "/api/tour-plans/my-walk", undefined, mei)).status).toBe(404);
  });
  it("a plan without an id gets one", async () => {
    const { id: _id, ...rest } = plan();
    const res = await call("POST", "/api/tour-plans", rest, mei);
    expect(res.status).toBe(201);
    expect((await res.json()).id).toMatch(/^plan-[0-9a-f]{8}$/);
  });
  it.each([
    ["a missing Chinese title", plan({ title: { en: "x", zh: "" } }), /title\.zh: Chinese text is missing/],
    [
      "an unknown scene",
      plan({ stops: [{ ...bundStop("one", 33, 376), sceneId: "atlantis" }] }),
      /stops\[0\]\.sceneId: no scene "atlantis"/,
    ],
    [
      "an unknown landmark",
      plan({ stops: [bundStop("one", 33, 376, "eiffel-tower")] }),
      /stops\[0\]\.target\.id: no landmark "eiffel-tower"/,
    ],
    [
      "a stop inside a building",
      plan({ stops: [bundStop("one", -40, 370)] }),
      /stops\[0\]\.place: .*not a place to stand/,
    ],
    ["a stop in the river", plan({ stops: [bundStop("one", 100, 370)] }), /stops\[0\]\.place/],
    ["a field the format does not have", { ...plan(), secret: 1 }, /secret/],
    [
      "a broken character (unpaired surrogate) in a stop title",
      plan({ stops: [{ ...bundStop("one", 33, 376), title: { en: "Customs\uD800 House", zh: "海关" } }] }),
      /stops\[0\]\.title\.en: has a broken character/,
    ],
    [
      "a right-to-left override in the description",
      plan({ description: { en: "\u202Eevil", zh: "三站。" } }),
      /description\.en: has an invisible formatting character \(U\+202E\)/,
    ],
    [
      "a control character in a narration",
      plan({ stops: [{ ...bundStop("one", 33, 376), narration: { en: "ok", zh: "响\u0007铃" } }] }),
      /stops\[0\]\.narration\.zh: has a control character/,
    ],
  ])("refuses %s with a 400 naming it", async (_label, body, message) => {
    const res = await call("POST", "/api/tour-plans", body, mei);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toMatch(message);
    expect(Array.isArray(json.issues)).toBe(true);
  });
  it("a body over the size cap is a 413", async () => {
    const huge = plan({ description: { en: "x".repeat(70_000), zh: "y" } });
    const res = await call("POST", "/api/tour-plans", huge, mei);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than 64kb/);
  });
  it("another guide's plan may be read but not changed (403); unknown plans are 404", async () => {
    await call("POST", "/api/tour-plans", plan({ id: "meis-walk" }), mei);
    expect((await call("GET", "/api/tour-plans/meis-walk", undefined, bo)).status).toBe(200);
    const put = await call("PUT", "/api/tour-plans/meis-walk", plan({ id: "meis-walk" }), bo);
    expect(put.status).toBe(403);
    expect((await put.json()).error).toMatch(/belongs to Mei Lin/);
    expect((await call("DELETE", "/api/tour-plans/meis-walk", undefined, bo)).status).toBe(403);
    expect((await call("GET", "/api/tour-plans/nope", undefined, bo)).status).toBe(404);
    expect((await call("GET", "/api/tour-plans/..%2Fetc", undefined, bo)).status).toBe(400);
  });
  it("a reorder must name every stop once", async () => {
    await call("POST", "/api/tour-plans", plan({ id: "order-walk" }), mei);
    const missing = await call("POST", "/api/tour-plans/order-walk/reorder", { stopIds: ["one", "two"] }, mei);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatch(/exactly once/);
    const unknown = await call("POST", "/api/tour-plans/order-walk/reorder", { stopIds: ["one", "two", "four"] }, mei);
    expect((await unknown.json()).error).toMatch(/no stop "four"/);
    const twice = await call("POST", "/api/tour-plans/order-walk/reorder", { stopIds: ["one", "one", "two"] }, mei);
    expect(twice.status).toBe(400);
  });
  it("survive a restart of the server", async () => {
    await call("POST", "/api/tour-plans", plan({ id: "kept-walk" }), mei);
    await server.close();
    server = await startMuseumServer(
      {
        ...loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, MAX_VISITORS: "2", TOUR_HEADROOM: "2" }, root),
        clientDir,
      },
      { log: pino({ level: "silent" }) },
    );
    // The token key was kept in the store too, so the old sign-in still works.
    const res = await call("GET", "/api/tour-plans/kept-walk", undefined, mei);
    expect(res.status).toBe(200);
    expect((await res.json()).owner).toBe("Mei Lin");
  });
});

describe("live tours", () => {
  it("are listed, found by code, and joined by a seat in their room even when it is full", async () => {
    const client = new Client(`ws://127.0.0.1:${server.port}`);
    const guide = await client.joinOrCreate("museum", { name: "ignored", sceneId: "bund", guideToken: mei });
    rooms.push(guide);
    const started = new Promise<{ code: string; link: string }>((resolve) =>
      guide.onMessage(MessageType.TourStarted, resolve),
    );
    guide.send(MessageType.TourStart, { planId: "bund-walk" });
    const { code, link } = await started;
    expect(link).toBe(`/?tour=${code}`);

    await vi.waitFor(async () => {
      const list = await (await call("GET", "/api/tours")).json();
      expect(list.tours).toEqual([
        expect.objectContaining({
          code,
          guideName: "Mei Lin",
          members: 0,
          sceneId: "bund",
          stop: 0,
          roomId: guide.roomId,
        }),
      ]);
    });
    expect((await call("GET", `/api/tours/${code.toLowerCase()}`)).status).toBe(200);
    expect((await call("GET", "/api/tours/ZZZZZZ")).status).toBe(404);
    expect((await (await call("GET", "/api/tours/ZZZZZ0")).json()).error).toMatch(/6 letters and digits/);

    // A free visitor fills the room (MAX_VISITORS = 2): the next free visitor gets another instance…
    const free = await client.joinOrCreate("museum", { name: "Free", sceneId: "bund" });
    rooms.push(free);
    const overflow = await client.joinOrCreate("museum", { name: "Overflow", sceneId: "bund" });
    rooms.push(overflow);
    expect(overflow.roomId).not.toBe(guide.roomId);
    // …but a tour member's seat comes from the code, in the tour's room, within the headroom.
    const seat = await call("POST", `/api/tours/${code}/seat`, { name: "Member", sceneId: "bund" });
    expect(seat.status).toBe(200);
    const member = await client.consumeSeatReservation(await seat.json());
    rooms.push(member);
    expect(member.roomId).toBe(guide.roomId);
    await vi.waitFor(() => expect(museumStateOf(guide).tours.get(code)?.members.has(member.sessionId)).toBe(true));
    await vi.waitFor(async () => expect((await (await call("GET", `/api/tours/${code}`)).json()).members).toBe(1));

    const badSeat = await call("POST", `/api/tours/${code}/seat`, { name: "X", sceneId: "atlantis", guideToken: 1 });
    expect(badSeat.status).toBe(400);
    // Joining the overflow room with the code is refused: the tour is not there.
    await expect(client.joinById(overflow.roomId, { name: "Lost", sceneId: "bund", tourCode: code })).rejects.toThrow(
      /not in this room/,
    );
  });
  it("a visitor cannot appear under a guide account's name, nor a look-alike of it", async () => {
    const client = new Client(`ws://127.0.0.1:${server.port}`);
    for (const name of ["mei lin", "ＭＥＩ ＬＩＮ", "Меі\u200B Lin"]) {
      const room = await client.joinOrCreate("museum", { name, sceneId: "bund" });
      await vi.waitFor(() =>
        expect(museumStateOf(room).visitors.get(room.sessionId)?.name).toMatch(/^\S.* \(visitor\)$/),
      );
      await room.leave(true);
    }
    const honest = await client.joinOrCreate("museum", { name: "Mei", sceneId: "bund" });
    await vi.waitFor(() => expect(museumStateOf(honest).visitors.get(honest.sessionId)?.name).toBe("Mei"));
    await honest.leave(true);
  });
  it("a visitor cannot become a guide with a forged or missing token", async () => {
    const client = new Client(`ws://127.0.0.1:${server.port}`);
    await expect(
      client.joinOrCreate("museum", { name: "Eve", sceneId: "bund", guideToken: "forged.token" }),
    ).rejects.toThrow(/guide sign-in has expired or is not valid/);
  });
});
