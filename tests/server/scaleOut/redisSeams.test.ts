// Pins server/scaleOut/redisSeams.ts: the Redis presence and driver versions it was written against, and that their
// ioredis clients are where it reads them (built with lazyConnect, so no Redis server is needed to check).
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { Redis } from "ioredis";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { redisConnectionsOf, REDIS_DRIVER_VERSION, REDIS_PRESENCE_VERSION } from "../../../server/scaleOut/redisSeams";

/** A package's installed version (neither exports its package.json: found beside its entry point). */
function installed(name: string): string {
  const entry = createRequire(import.meta.url).resolve(name);
  return (JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string })
    .version;
}

describe("the Redis seams", () => {
  it("were written for the installed @colyseus/redis-presence and redis-driver", () => {
    expect(installed("@colyseus/redis-presence")).toBe(REDIS_PRESENCE_VERSION);
    expect(installed("@colyseus/redis-driver")).toBe(REDIS_DRIVER_VERSION);
  });

  it("find the presence's publisher and subscriber and the driver's client: three distinct ioredis clients", () => {
    const presence = new RedisPresence({ lazyConnect: true });
    const driver = new RedisDriver({ lazyConnect: true });
    const clients = redisConnectionsOf(presence, driver);
    expect(clients).toHaveLength(3);
    for (const c of clients) expect(c).toBeInstanceOf(Redis);
    expect(new Set(clients).size).toBe(3);
    for (const c of clients) c.disconnect();
  });

  it("say so plainly when a package keeps them elsewhere", () => {
    expect(() => redisConnectionsOf({}, {})).toThrow(/no longer keeps its ioredis clients where expected/);
  });
});
