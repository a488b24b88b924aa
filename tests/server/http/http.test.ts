// The museum server over real HTTP: scene API, assets, the client's pages, JSON errors, and a busy port.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import type http from "node:http";
import { originAllowed, trustFunction } from "../../../server/http/requestOrigin";
import WebSocket from "ws";

const root = path.resolve(import.meta.dirname, "../../..");
// A stand-in build so this test does not depend on `vite build` having run.
const clientDir = path.join(tmpdir(), `bund-client-${process.pid}`);
mkdirSync(path.join(clientDir, "static"), { recursive: true });
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
writeFileSync(path.join(clientDir, "static", "app-abc123.js"), "console.log(1)");

let server: MuseumServer;
const get = (p: string) => fetch(`${server.url}${p}`);

beforeAll(async () => {
  const config = { ...loadConfig({ PORT: "0", HOST: "127.0.0.1" }, root), clientDir };
  server = await startMuseumServer(config, { log: pino({ level: "silent" }) });
});
afterAll(() => server?.close());

describe("HTTP", () => {
  it("lists the scenes with their names in both languages", async () => {
    const body = await (await get("/api/scenes")).json();
    const bund = body.scenes.find((s: { id: string }) => s.id === "bund");
    expect(bund.name.en).toMatch(/Bund/);
    expect(bund.name.zh).toMatch(/外滩/);
  });
  it("serves a whole scene", async () => {
    const res = await get("/api/scenes/bund");
    expect(res.status).toBe(200);
    expect((await res.json()).landmarks.length).toBeGreaterThanOrEqual(10);
  });
  it("tells the server's clock, never from a cache (the tours' narration clock reads it)", async () => {
    const before = Date.now();
    const res = await get("/api/clock");
    const after = Date.now();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { now } = await res.json();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
  });
  it("an unknown scene is a JSON 404 that names it", async () => {
    const res = await get("/api/scenes/atlantis");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/atlantis/);
  });
  it("an unknown API route is a JSON 404", async () => {
    const res = await get("/api/nothing");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/json/);
  });
  it("serves models from assets/ with the glTF binary type", async () => {
    const res = await get("/assets/models/bund-lamp.glb");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("model/gltf-binary");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
  it("a missing asset is a 404, not the page", async () => {
    expect((await get("/assets/models/nope.glb")).status).toBe(404);
    expect((await get("/static/nope.js")).status).toBe(404);
  });
  it("hashed bundles are cached for a long time; the page is not", async () => {
    const js = await get("/static/app-abc123.js");
    expect(js.headers.get("cache-control")).toMatch(/max-age=31536000/);
    expect(js.headers.get("cache-control")).toMatch(/immutable/);
    const page = await get("/");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toMatch(/Digital Bund/);
  });
  it("deep links are pages of the museum", async () => {
    const res = await get("/gallery/ceramics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/html/);
  });
  it("a second server on the same port fails with a clear message", async () => {
    const config = { ...loadConfig({ PORT: String(server.port), HOST: "127.0.0.1" }, root), clientDir };
    await expect(startMuseumServer(config, { log: pino({ level: "silent" }) })).rejects.toThrow(
      /Port \d+ is already in use.*PORT=/,
    );
  });
});

/** Opens a WebSocket with a given Origin: "open" if the upgrade was accepted, else the HTTP status it got. */
function upgradeWith(url: string, origin?: string): Promise<"open" | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin ? { headers: { Origin: origin } } : {});
    ws.on("open", () => {
      resolve("open");
      ws.close();
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => undefined);
  });
}

describe("who may open the multiplayer socket", () => {
  it("the page's own origin may; another site may not", async () => {
    const url = `ws://127.0.0.1:${server.port}/`;
    expect(await upgradeWith(url, `http://127.0.0.1:${server.port}`)).toBe("open");
    expect(await upgradeWith(url, "https://evil.example")).toBe(403);
  });
  it("an allowlist, when configured, is the whole list", () => {
    const req = {
      headers: { host: "127.0.0.1:2567" },
      socket: { remoteAddress: "127.0.0.1" },
    } as unknown as http.IncomingMessage;
    const none = trustFunction(false);
    expect(originAllowed("https://museum.example", req, ["https://museum.example"], none)).toBe(true);
    expect(originAllowed("http://127.0.0.1:2567", req, ["https://museum.example"], none)).toBe(false);
    expect(originAllowed("not a url", req, [], none)).toBe(false);
    expect(originAllowed(undefined, req, [], none)).toBe(true); // no browser, no Origin: validated like anyone
  });
  it("a wrong allowlist stops the start, naming the variable", () => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: "museum.example" }, root)).toThrow(/ALLOWED_ORIGINS/);
  });
});
