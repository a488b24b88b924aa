// With METRICS_TOKEN set, /metrics answers only a scraper that brings it (the counts tell who is in the museum);
// the health endpoints stay open for load balancers.
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { createLogger } from "../../../server/observability/logger";
import { museumDirs } from "../../fixtures/museumProcess";

const root = path.resolve(import.meta.dirname, "../../..");
const TOKEN = "scrape-me-if-you-can-0123";
let server: MuseumServer;

beforeAll(async () => {
  const dirs = museumDirs();
  const config = loadConfig(
    { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dirs.dataDir, CLIENT_DIR: dirs.clientDir, METRICS_TOKEN: TOKEN },
    root,
  );
  server = await startMuseumServer(config, { log: pino({ level: "silent" }) });
});
afterAll(() => server?.close());

const metrics = (authorization?: string) =>
  fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe("/metrics behind METRICS_TOKEN", () => {
  it("without the token, or with another, is a JSON 401 that says what it wants", async () => {
    for (const auth of [
      undefined,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      TOKEN,
      "Basic bWV0cmljczpzZWNyZXQ=",
    ]) {
      const res = await metrics(auth);
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await res.json()).error).toMatch(/Authorization: Bearer/);
    }
  });
  it("with it, the Prometheus text", async () => {
    const res = await metrics(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^# HELP bund_/m);
  });
  it("the scheme is case-insensitive (RFC 9110): bearer and BEARER are Bearer", async () => {
    for (const scheme of ["bearer", "BEARER", "bEaReR"])
      expect((await metrics(`${scheme} ${TOKEN}`)).status, scheme).toBe(200);
  });
  it("health checks need no token", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
  it("the token is never written to the log, as a setting or as the configuration", () => {
    let written = "";
    const sink = new Writable({ write: (chunk, _enc, done) => ((written += String(chunk)), done()) });
    const log = createLogger({ logLevel: "info" }, sink);
    log.info({ metricsToken: TOKEN, config: { metricsToken: TOKEN }, env: { METRICS_TOKEN: TOKEN } }, "starting");
    expect(written).toContain("starting");
    expect(written).not.toContain(TOKEN);
  });
});
