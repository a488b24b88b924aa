// The tour-lookup and seat routes are limited per address (TOUR_REQUESTS_PER_MINUTE): a script cannot sweep codes or
// stream reservations; past the limit, a 429 with Retry-After, and another address is not affected.
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { museumDirs } from "../../fixtures/museumProcess";

const root = path.resolve(import.meta.dirname, "../../..");
let server: MuseumServer;

beforeAll(async () => {
  const dirs = museumDirs();
  const env = {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dirs.dataDir,
    CLIENT_DIR: dirs.clientDir,
    TRUST_PROXY: "loopback",
    TOUR_REQUESTS_PER_MINUTE: "5",
  };
  server = await startMuseumServer(loadConfig(env, root), { log: pino({ level: "silent" }) });
});
afterAll(() => server?.close());

const ask = (method: string, p: string, from: string) =>
  fetch(`${server.url}${p}`, {
    method,
    headers: { "X-Forwarded-For": from, "Content-Type": "application/json" },
    body: method === "POST" ? JSON.stringify({ name: "x", sceneId: "bund" }) : undefined,
  });

describe("tour requests per address", () => {
  it("list, lookup and seat share one budget; past it a 429 with Retry-After; another address is served", async () => {
    const answers = [
      await ask("GET", "/api/tours", "10.1.0.1"),
      await ask("GET", "/api/tours/ABC234", "10.1.0.1"),
      await ask("POST", "/api/tours/ABC234/seat", "10.1.0.1"),
      await ask("GET", "/api/tours", "10.1.0.1"),
      await ask("GET", "/api/tours/ABC235", "10.1.0.1"),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 404, 200, 404]);
    for (const [method, p] of [
      ["GET", "/api/tours"],
      ["GET", "/api/tours/ABC236"],
      ["POST", "/api/tours/ABC236/seat"],
    ]) {
      const refused = await ask(method, p, "10.1.0.1");
      expect(refused.status, p).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await refused.json()).error).toMatch(/Too many tour requests from your address/);
    }
    expect((await ask("GET", "/api/tours", "10.1.0.2")).status).toBe(200);
  });
});
