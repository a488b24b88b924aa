// HTTP hardening on a real server: the security headers on every kind of response, the right type and caching for
// each kind of file, JSON errors without a stack trace (express' own too), capped bodies and queries, and sign-in
// attempts limited per visitor address.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config";
import { limitKey } from "../../../server/http/clientAddress";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";

const root = path.resolve(import.meta.dirname, "../../..");
// A stand-in build: a page, a hashed bundle and an unhashed file, so this test does not need `vite build`.
const clientDir = mkdtempSync(path.join(tmpdir(), "bund-headers-client-"));
mkdirSync(path.join(clientDir, "static"), { recursive: true });
writeFileSync(
  path.join(clientDir, "index.html"),
  '<!doctype html><title>Digital Bund</title><script type="module" src="/static/index-Ab12Cd34.js"></script>',
);
writeFileSync(path.join(clientDir, "static", "index-Ab12Cd34.js"), "console.log(1)");
writeFileSync(path.join(clientDir, "robots.txt"), "User-agent: *\n");

let server: MuseumServer;
const get = (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, init);

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bund-headers-data-"));
  // The proxy on loopback is believed about visitors' addresses, as behind a reverse proxy in production.
  const config = {
    ...loadConfig(
      { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOGIN_ATTEMPTS_PER_MINUTE: "3", TRUST_PROXY: "loopback" },
      root,
    ),
    clientDir,
  };
  server = await startMuseumServer(config, { log: pino({ level: "silent" }) });
});
afterAll(() => server?.close());

/** The headers every response must carry, whatever it is. */
function expectHardened(res: Response): void {
  const h = res.headers;
  expect(h.get("x-content-type-options")).toBe("nosniff");
  expect(h.get("referrer-policy")).toBe("no-referrer");
  expect(h.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(h.get("cross-origin-resource-policy")).toBe("same-origin");
  expect(h.get("x-frame-options")).toBe("DENY");
  expect(h.get("x-powered-by")).toBeNull();
  const pp = h.get("permissions-policy") ?? "";
  expect(pp).toMatch(/(^|, )xr-spatial-tracking=\(self\)(,|$)/);
  expect(pp).toMatch(/(^|, )microphone=\(self\)(,|$)/);
  expect(pp).toMatch(/(^|, )camera=\(\)(,|$)/);
  const csp = h.get("content-security-policy") ?? "";
  const directives = Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(directives["default-src"]).toEqual(["'self'"]);
  expect(directives["script-src"]).toEqual(["'self'"]);
  expect(directives["style-src"]).toEqual(["'self'"]);
  expect(directives["object-src"]).toEqual(["'none'"]);
  expect(directives["frame-ancestors"]).toEqual(["'none'"]);
  expect(directives["connect-src"]).toEqual(["'self'"]);
  expect(directives["worker-src"]).toEqual(["'self'"]);
  expect(csp).not.toMatch(/upgrade-insecure-requests/); // the museum may be served over plain HTTP on a LAN
}

/** A JSON error: `{ error }` with a message, and nothing that looks like a stack trace. */
async function expectJsonError(res: Response, status: number, message?: RegExp): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const text = await res.text();
  expect(text).not.toMatch(/\bat .*\(|node_modules|\.ts:\d+|Error:/);
  const body = JSON.parse(text);
  expect(typeof body.error).toBe("string");
  expect(body.error.length).toBeGreaterThan(0);
  if (message) expect(body.error).toMatch(message);
}

describe("every kind of response is hardened", () => {
  it.each([
    ["the page", "/"],
    ["a deep link (a gallery hall)", "/gallery/ceramics"],
    ["the page by name", "/index.html"],
    ["a hashed bundle", "/static/index-Ab12Cd34.js"],
    ["an unhashed file of the build", "/robots.txt"],
    ["a model", "/assets/models/bund-lamp.glb"],
    ["captions", "/assets/captions/brz-0001.en.vtt"],
    ["catalog data", "/assets/catalog/bronze.json"],
    ["API JSON", "/api/scenes"],
    ["an API error", "/api/scenes/atlantis"],
    ["an unknown API route", "/api/nothing"],
    ["a missing asset", "/assets/models/nope.glb"],
    ["a missing bundle", "/static/nope-Zz99Yy88.js"],
    ["liveness", "/healthz"],
    ["readiness", "/readyz"],
    ["metrics", "/metrics"],
  ])("%s (%s)", async (_kind, p) => {
    expectHardened(await get(p));
  });
  it("errors from the body parser and the router too", async () => {
    expectHardened(
      await get("/api/guides/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{nope",
      }),
    );
    expectHardened(await get("/", { method: "PUT" }));
  });
});

describe("matchmaking (answered by Colyseus, behind the museum's rules)", () => {
  const matchmake = (init: RequestInit, route = "/matchmake/joinOrCreate/museum") => get(route, init);
  it("a seat reservation is JSON with every header", async () => {
    const res = await matchmake({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Ada", sceneId: "bund" }),
    });
    expect(res.status).toBe(200);
    expectHardened(res);
    const body = await res.json();
    expect(body.sessionId).toMatch(/\S+/);
    expect(body.room.name).toBe("museum");
  });
  it("the CORS preflight too", async () => {
    const res = await matchmake({ method: "OPTIONS" });
    expect(res.status).toBe(204);
    expectHardened(res);
  });
  it("other methods are a JSON 405, not an empty answer or none", async () => {
    const res = await matchmake({ method: "GET" });
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
    expectHardened(res);
    await expectJsonError(res, 405, /not a matchmaking request/);
    await expectJsonError(await matchmake({ method: "PUT", body: "{}" }), 405);
  });
  it("a body over the cap is a 413, declared or streamed", async () => {
    await expectJsonError(
      await matchmake({
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "x".repeat(70 * 1024), sceneId: "bund" }),
      }),
      413,
      /larger than 64kb/,
    );
    // Chunked: no Content-Length, so the cap is counted as the bytes come.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${server.url}/matchmake/joinOrCreate/museum`,
        { method: "POST", headers: { "content-type": "application/json" } },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", (err) =>
        err.message.includes("EPIPE") || err.message.includes("ECONNRESET") ? undefined : reject(err),
      );
      const chunk = "x".repeat(16 * 1024);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error).toMatch(/larger than 64kb/);
  });
  it("a URL that merely contains /matchmake is the museum's, not Colyseus'", async () => {
    await expectJsonError(await get("/assets/matchmake/joinOrCreate.glb", { method: "POST" }), 405);
    await expectJsonError(await get("/assets/matchmake/joinOrCreate.glb"), 404, /Not found/);
  });
});

describe("types and caching", () => {
  it.each([
    ["/", /^text\/html/, "no-cache"],
    ["/gallery/ceramics", /^text\/html/, "no-cache"],
    ["/index.html", /^text\/html/, "no-cache"],
    ["/static/index-Ab12Cd34.js", /^text\/javascript/, "public, max-age=31536000, immutable"],
    ["/robots.txt", /^text\/plain/, "no-cache"],
    ["/assets/models/bund-lamp.glb", /^model\/gltf-binary$/, "no-cache"],
    ["/assets/captions/brz-0001.en.vtt", /^text\/vtt/, "no-cache"],
    ["/assets/catalog/bronze.json", /^application\/json/, "no-cache"],
    ["/api/scenes/bund", /^application\/json/, "no-cache"],
    ["/healthz", /^application\/json/, "no-store"],
    ["/metrics", /^text\/plain; version=0\.0\.4/, "no-store"],
  ])("%s is %s, Cache-Control %s", async (p, type, cache) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(type);
    expect(res.headers.get("cache-control")).toBe(cache);
  });
  it("an unchanged unhashed file costs a 304 on revalidation", async () => {
    const first = await get("/assets/models/bund-lamp.glb");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    // Not fetch(): a fetch with If-None-Match also sends Cache-Control: no-cache, which forbids a 304.
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(`${server.url}/assets/models/bund-lamp.glb`, { headers: { "if-none-match": etag! } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on("error", reject);
    });
    expect(status).toBe(304);
  });
});

describe("errors are JSON, never a stack trace", () => {
  it("an unknown scene, an unknown API route, a missing file", async () => {
    await expectJsonError(await get("/api/scenes/atlantis"), 404, /atlantis/);
    await expectJsonError(await get("/api/nothing"), 404, /No API route GET \/api\/nothing/);
    await expectJsonError(await get("/assets/models/nope.glb"), 404, /Not found/);
    await expectJsonError(await get("/static/nope-Zz99Yy88.js"), 404, /Not found/);
  });
  it("a method nothing answers", async () => {
    await expectJsonError(await get("/", { method: "PUT" }), 404, /Not found: PUT \//);
    const post = await get("/assets/models/bund-lamp.glb", { method: "POST" });
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    await expectJsonError(post, 405, /POST is not allowed on files/);
  });
  it("a malformed URL", async () => {
    await expectJsonError(await get("/assets/%E0%A4%A.glb"), 400);
    await expectJsonError(await get("/api/scenes/%E0%A4%A"), 400);
  });
  it("a malformed JSON body is a 400 naming the problem", async () => {
    await expectJsonError(
      await get("/api/guides/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.1" },
        body: "{nope",
      }),
      400,
      /not valid JSON/,
    );
  });
  it("a body over the cap is a 413", async () => {
    const body = JSON.stringify({ name: "x", password: "y".repeat(70 * 1024) });
    await expectJsonError(
      await get("/api/guides/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.2" },
        body,
      }),
      413,
      /larger than 64kb/,
    );
  });
  it("a body that fails its schema names the field", async () => {
    await expectJsonError(
      await get("/api/guides/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.3" },
        body: JSON.stringify({ name: "" }),
      }),
      400,
      /name/,
    );
  });
  it("a query over the cap is a 414; a bad query a 400 naming the parameter", async () => {
    await expectJsonError(await get(`/api/catalog?q=${"a".repeat(3000)}`), 414, /longer than 2048/);
    await expectJsonError(await get("/api/catalog?colour=blue"), 400, /colour/);
    await expectJsonError(await get("/api/catalog?pageSize=100000"), 400, /pageSize/);
  });
});

describe("sign-in attempts are limited per visitor address", () => {
  const attempt = (address: string) =>
    get("/api/guides/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ name: "nobody", password: "wrong" }),
    });
  it("an address past its limit waits; another address does not", async () => {
    for (let i = 0; i < 3; i++) expect((await attempt("203.0.113.7")).status).toBe(401);
    const limited = await attempt("203.0.113.7");
    await expectJsonError(limited, 429, /Too many sign-in attempts/);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await attempt("203.0.113.8")).status).toBe(401);
  });
  it("an IPv6 visitor's whole /64 counts as one address", async () => {
    for (let i = 1; i <= 3; i++) expect((await attempt(`2001:db8:1:2::${i}`)).status).toBe(401);
    expect((await attempt("2001:db8:1:2:ffff::9")).status).toBe(429);
    expect((await attempt("2001:db8:1:3::1")).status).toBe(401);
  });
  it("limit keys", () => {
    expect(limitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(limitKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(limitKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(limitKey("2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(limitKey("::1")).toBe("0:0:0:0::/64");
    expect(limitKey(undefined)).toBe("unknown");
  });
});

describe("health", () => {
  it("is live and ready once content is loaded and the rooms listen; draining makes it unready", async () => {
    expect(await (await get("/healthz")).json()).toEqual({ ok: true });
    expect(await (await get("/readyz")).json()).toEqual({ ready: true });
    server.health.setDraining();
    await expectJsonError(await get("/readyz"), 503, /shutting down/);
    expect((await get("/healthz")).status).toBe(200);
  });
});
