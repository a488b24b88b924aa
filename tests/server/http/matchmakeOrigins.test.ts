// Matchmaking and the socket answer only the museum's own pages (whole origins: scheme, host, port), take only JSON,
// run the join's checks before a seat, and give errors real HTTP statuses (Colyseus 0.16 says 200 + {code, error}).
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { museumDirs } from "../../fixtures/museumProcess";

const root = path.resolve(import.meta.dirname, "../../..");
let server: MuseumServer;
let own = "";

beforeAll(async () => {
  const dirs = museumDirs();
  server = await startMuseumServer(
    loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dirs.dataDir, CLIENT_DIR: dirs.clientDir }, root),
    { log: pino({ level: "silent" }) },
  );
  own = server.url; // http://localhost:PORT: the Host fetch sends
});
afterAll(() => server?.close());

const matchmake = (
  method: string,
  headers: Record<string, string>,
  body?: string,
  url = "/matchmake/joinOrCreate/museum",
) => fetch(`${server.url}${url}`, { method, headers, body });
const join = JSON.stringify({ name: "Ada", sceneId: "bund" });

function upgradeWith(origin: string, host?: string): Promise<"open" | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/`, {
      headers: { Origin: origin, ...(host ? { Host: host } : {}) },
    });
    ws.on("open", () => {
      resolve("open");
      ws.close();
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => undefined);
  });
}

describe("matchmaking CORS", () => {
  it("another site's page gets a 403 and no Access-Control-Allow-Origin, for the preflight and the POST", async () => {
    const evil = "https://evil.example";
    const pre = await matchmake("OPTIONS", { Origin: evil, "Access-Control-Request-Method": "POST" });
    expect(pre.status).toBe(403);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const post = await matchmake("POST", { Origin: evil, "Content-Type": "application/json" }, join);
    expect(post.status).toBe(403);
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    expect((await post.json()).error).toMatch(/only the museum's own pages/);
  });
  it("the museum's own page is answered with its origin, never a wildcard, and with a real seat", async () => {
    const pre = await matchmake("OPTIONS", { Origin: own, "Access-Control-Request-Method": "POST" });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(own);
    const post = await matchmake("POST", { Origin: own, "Content-Type": "application/json" }, join);
    expect(post.status).toBe(200);
    expect(post.headers.get("access-control-allow-origin")).toBe(own);
    expect((await post.json()).sessionId).toEqual(expect.any(String));
  });
  it("the same host under another scheme is another origin", async () => {
    const post = await matchmake(
      "POST",
      { Origin: `https://localhost:${server.port}`, "Content-Type": "application/json" },
      join,
    );
    expect(post.status).toBe(403);
  });
});

describe("matchmaking bodies and statuses", () => {
  it("a text/plain body (no preflight needed) is a 415 naming the type wanted", async () => {
    const res = await matchmake("POST", { "Content-Type": "text/plain" }, join);
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/Content-Type: application\/json/);
  });
  it("errors carry real statuses: an unknown room type 404, a junk guide token 401, bad options 400", async () => {
    const json = { "Content-Type": "application/json" };
    const unknown = await matchmake("POST", json, join, "/matchmake/joinOrCreate/no-such-room");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/no-such-room/);
    const junk = await matchmake("POST", json, JSON.stringify({ name: "x", sceneId: "bund", guideToken: "junk" }));
    expect(junk.status).toBe(401);
    expect((await junk.json()).error).toMatch(/guide sign-in/);
    const bad = await matchmake("POST", json, JSON.stringify({ name: "x", sceneId: "atlantis" }));
    expect(bad.status).toBe(400);
  });
});

describe("the socket's origin check", () => {
  it("a foreign origin that names this Host (scheme or port differing) is refused; the page's own is let in", async () => {
    const host = `127.0.0.1:${server.port}`;
    expect(await upgradeWith(`https://${host}`, host)).toBe(403);
    expect(await upgradeWith(`ws://${host}`, host)).toBe(403);
    expect(await upgradeWith("http://127.0.0.1:1", host)).toBe(403);
    expect(await upgradeWith(`http://${host}`, host)).toBe("open");
  });
});
