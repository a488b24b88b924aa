// Joining waits for the museum to be whole: between listening and the live tours' restoration (and again once a
// shutdown has begun), a seat or a matchmaking request gets a 503 that says why and when to try again, instead of
// "no such tour" for a tour that is being restored that moment. Once open, both go through.
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenes } from "../../../server/content/loadScenes";
import { createApp } from "../../../server/http/app";
import { guardMatchmaking } from "../../../server/http/matchmakeGuard";
import { museumDirs } from "../../fixtures/museumProcess";

const root = path.resolve(import.meta.dirname, "../../..");
let closedBecause: string | null = "The museum is starting: waiting for rooms";
let server: http.Server;
let base = "";

beforeAll(async () => {
  const seats = express.Router().post("/api/tours/:code/seat", (req, res) => res.json({ seatFor: req.params.code }));
  const app = createApp({
    scenes: loadScenes(path.join(root, "scenes")),
    assetsDir: path.join(root, "assets"),
    clientDir: museumDirs().clientDir,
    log: pino({ level: "silent" }),
    notAdmitting: () => closedBecause,
    apiRouters: [seats],
  });
  server = http.createServer();
  // Where Colyseus' own listener would be: it answers the matchmaking requests the guard lets through.
  server.on("request", (_req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end('{"matchmade":true}'),
  );
  guardMatchmaking(server, app, [], () => closedBecause);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (p: string) =>
  fetch(base + p, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

describe("joining while the museum is not open", () => {
  it("a seat in a tour and a matchmaking join are a 503 with the reason and Retry-After", async () => {
    for (const p of ["/api/tours/ABCD/seat", "/matchmake/joinOrCreate/museum"]) {
      const res = await post(p);
      expect(res.status, p).toBe(503);
      expect(res.headers.get("retry-after")).toBe("1");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect((await res.json()).error).toBe("The museum is starting: waiting for rooms; try again in a moment");
    }
  });
  it("reading is not joining: the scene list still answers", async () => {
    expect((await fetch(`${base}/api/scenes`)).status).toBe(200);
  });
  it("once open, both go through", async () => {
    closedBecause = null;
    expect(await (await post("/api/tours/ABCD/seat")).json()).toEqual({ seatFor: "ABCD" });
    expect(await (await post("/matchmake/joinOrCreate/museum")).json()).toEqual({ matchmade: true });
  });
  it("shutting down closes joining again, saying so", async () => {
    closedBecause = "The museum is shutting down";
    const res = await post("/matchmake/joinOrCreate/museum");
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatch(/shutting down; try again/);
  });
});
