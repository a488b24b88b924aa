// Observability against a real server with real colyseus.js clients: /metrics counts visitors, rooms, live tours,
// messages in and out by type, refusals by reason and patch times; the JSON log names rooms and visitors and never
// holds a password or token.
import { Client, type Room } from "colyseus.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageType } from "../../../common/messageTypes";
import { poseGrid, poseMessageOf, quantizePose } from "../../../common/pose";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { createLogger } from "../../../server/observability/logger";
import { openMuseumStore } from "../../../server/store/museumStore";
import { leaveAll } from "../../fixtures/roomClients";

const root = path.resolve(import.meta.dirname, "../../..");
const clientDir = mkdtempSync(path.join(tmpdir(), "bund-metrics-client-"));
mkdirSync(path.join(clientDir, "static"), { recursive: true });
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
const dataDir = mkdtempSync(path.join(tmpdir(), "bund-metrics-data-"));
const PASSWORD = "correct horse battery staple";

/** Every line the server logged, parsed. */
const logLines: Record<string, unknown>[] = [];
const rawLog: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) {
      rawLog.push(line);
      logLines.push(JSON.parse(line));
    }
    done();
  },
});

let server: MuseumServer;
const rooms: Room[] = [];
const grid = poseGrid({ minX: -200, maxX: 470, minZ: -330, maxZ: 1330 });
const pose = (x: number, z: number) => poseMessageOf(quantizePose({ x, y: 1.6, z, yaw: 0, pitch: 0 }, grid));

/** The current value of each series, keyed like `bund_messages_in_total{type="pose"}`. */
async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${server.url}/metrics`);
  expect(res.status).toBe(200);
  const series = new Map<string, number>();
  for (const line of (await res.text()).split("\n")) {
    const m = /^([a-z_:]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) series.set(m[1], Number(m[2]));
  }
  return series;
}
const value = (s: Map<string, number>, key: string) => s.get(key) ?? 0;

async function join(name: string, extra: Record<string, unknown> = {}): Promise<Room> {
  const room = await new Client(`ws://127.0.0.1:${server.port}`).joinOrCreate("museum", {
    name,
    sceneId: "bund",
    ...extra,
  });
  room.onMessage("*", () => undefined);
  rooms.push(room);
  return room;
}

beforeAll(async () => {
  const store = openMuseumStore(dataDir);
  await store.guides.add("Mei Lin", PASSWORD);
  store.close();
  const config = {
    ...loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "debug" }, root),
    clientDir,
  };
  server = await startMuseumServer(config, { log: createLogger(config, sink) });
});
afterAll(async () => {
  // Rooms the server already closed (the flooder) or that left have nothing to leave.
  await leaveAll(rooms);
  await server?.close();
});

describe("/metrics", () => {
  it("is the Prometheus text format, with the museum's series and the process's", async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const name of [
      "bund_visitors_connected",
      "bund_rooms",
      "bund_live_tours",
      "bund_messages_in_total",
      "bund_messages_out_total",
      "bund_messages_rejected_total",
      "bund_patch_duration_seconds",
    ]) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} (gauge|counter|histogram)$`, "m"));
    }
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);
  });

  it("counts visitors, rooms, messages by type, refusals by reason and patches", async () => {
    const before = await scrape();
    const ada = await join("Ada");
    const ben = await join("Ben");
    for (let i = 0; i < 5; i++) ada.send(MessageType.Pose, pose(20 + i, 300));
    for (let i = 0; i < 3; i++) ada.send(MessageType.Scene, { sceneId: "atlantis" }); // refused: unknown-scene
    ada.send(MessageType.Pose, { x: "far" }); // refused: invalid-message
    ada.send(MessageType.Pose, [1, 2, 3]); // refused: invalid-message
    ada.send("teleport", { to: "moon" }); // refused: unknown-message

    const d = (s: Map<string, number>, key: string) => value(s, key) - value(before, key);
    await vi.waitFor(async () => {
      const s = await scrape();
      expect(d(s, 'bund_messages_rejected_total{reason="unknown-scene"}')).toBe(3);
      expect(d(s, 'bund_messages_rejected_total{reason="invalid-message"}')).toBe(2);
      expect(d(s, 'bund_messages_rejected_total{reason="unknown-message"}')).toBe(1);
    });
    await vi.waitFor(async () => expect(d(await scrape(), "bund_patch_duration_seconds_count")).toBeGreaterThan(0));
    const s = await scrape();
    expect(value(s, "bund_visitors_connected")).toBe(2);
    expect(value(s, "bund_rooms")).toBe(1);
    expect(d(s, 'bund_messages_in_total{type="pose"}')).toBe(7);
    expect(d(s, 'bund_messages_in_total{type="scene"}')).toBe(3);
    // Any type a visitor makes up is counted under one label: the label set stays small whatever is sent.
    expect(d(s, 'bund_messages_in_total{type="unknown"}')).toBe(1);
    expect([...s.keys()].some((k) => k.includes("teleport"))).toBe(false);
    expect(d(s, 'bund_messages_in_total{type="join"}')).toBe(2); // each client's join confirmation
    expect(d(s, 'bund_messages_out_total{type="error"}')).toBe(6); // one answer per refusal
    expect(d(s, 'bund_messages_out_total{type="join"}')).toBe(2);
    expect(d(s, 'bund_messages_out_total{type="patch"}')).toBeGreaterThan(0);
    expect(d(s, "bund_patch_duration_seconds_sum")).toBeGreaterThan(0);

    await ben.leave(true);
    await vi.waitFor(async () => expect(value(await scrape(), "bund_visitors_connected")).toBe(1));
  });

  it("counts a flood as rate-limited messages and one disconnection for flooding", async () => {
    const before = await scrape();
    const flooder = await join("Flooder");
    const closed = new Promise<number>((resolve) => flooder.onLeave((code) => resolve(code)));
    for (let i = 0; i < 400; i++) flooder.send(MessageType.Pose, pose(30, 300));
    expect(await closed).toBe(4101);
    await vi.waitFor(async () => {
      const s = await scrape();
      expect(
        value(s, 'bund_messages_rejected_total{reason="flooding"}') -
          value(before, 'bund_messages_rejected_total{reason="flooding"}'),
      ).toBe(1);
      expect(
        value(s, 'bund_messages_rejected_total{reason="rate-limited"}') -
          value(before, 'bund_messages_rejected_total{reason="rate-limited"}'),
      ).toBeGreaterThanOrEqual(100);
    });
  });

  it("counts live tours", async () => {
    const login = await fetch(`${server.url}/api/guides/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Mei Lin", password: PASSWORD }),
    });
    const { token } = await login.json();
    const guide = await join("Mei Lin", { guideToken: token });
    const started = new Promise<{ code: string }>((resolve) => guide.onMessage(MessageType.TourStarted, resolve));
    guide.send(MessageType.TourStart, { planId: "bund-walk" });
    expect((await started).code).toMatch(/^[A-Z0-9]{6}$/);
    await vi.waitFor(async () => expect(value(await scrape(), "bund_live_tours")).toBe(1));
    guide.send(MessageType.TourEnd, {});
    await vi.waitFor(async () => expect(value(await scrape(), "bund_live_tours")).toBe(0));
  });
});

describe("the log", () => {
  it("is JSON lines naming the room and the visitor", () => {
    const joined = logLines.filter((l) => l.msg === "visitor joined");
    expect(joined.length).toBeGreaterThanOrEqual(2);
    for (const l of joined) {
      expect(l.room).toMatch(/^\S+$/);
      expect(l.visitor).toMatch(/^\S+$/);
    }
    const refused = logLines.find((l) => l.msg === "message refused" && l.reason === "unknown-scene");
    expect(refused).toMatchObject({ room: expect.any(String), visitor: expect.any(String), messageType: "scene" });
    expect(logLines.find((l) => l.msg === "visitor disconnected for misbehaving")).toMatchObject({
      reason: "flooding",
      level: 40,
    });
  });

  it("never holds a password, a token or a secret", async () => {
    const login = await fetch(`${server.url}/api/guides/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Mei Lin", password: PASSWORD }),
    });
    const { token } = await login.json();
    // Whatever a caller passes, credentials are blanked.
    server.log.info(
      { password: PASSWORD, options: { guideToken: token }, req: { headers: { authorization: `Bearer ${token}` } } },
      "careless line",
    );
    // The fields read below, as the log line should carry them (parsed from pino's JSON).
    const careless = logLines.find((l) => l.msg === "careless line") as {
      password: unknown;
      options: { guideToken: unknown };
      req: { headers: { authorization: unknown } };
    };
    expect(careless.password).toBe("[redacted]");
    expect(careless.options.guideToken).toBe("[redacted]");
    expect(careless.req.headers.authorization).toBe("[redacted]");
    const all = rawLog.join("\n");
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(token);
    expect(all).toMatch(/guide signed in/);
  });
});
