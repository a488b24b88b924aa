// The pure parts of scale-out: REDIS_URL checked at start-up, ioredis options from it (password never printed),
// and how the cluster proxy reads Colyseus' node announcements and the process a socket URL names.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/config";
import { redactedRedisUrl, redisOptionsOf } from "../../../server/scaleOut/redisScaleOut";
import { parseNodeAddress, processIdOf } from "../../../tools/cluster/clusterProxy";

const root = path.resolve(import.meta.dirname, "../../..");

describe("REDIS_URL", () => {
  it("is optional, and empty means unset", () => {
    expect(loadConfig({}, root).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "" }, root).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }, root).redisUrl).toBe("redis://127.0.0.1:6379");
    expect(loadConfig({ REDIS_URL: "rediss://cache.example:6380/2" }, root).redisUrl).toBe(
      "rediss://cache.example:6380/2",
    );
  });
  it.each(["http://127.0.0.1:6379", "127.0.0.1:6379", "redis"])("refuses %s, naming the variable", (url) => {
    expect(() => loadConfig({ REDIS_URL: url }, root)).toThrow(
      /REDIS_URL: must be a Redis URL like redis:\/\/127\.0\.0\.1:6379/,
    );
  });
  it("becomes ioredis options: host, port, credentials, database, TLS for rediss", () => {
    expect(redisOptionsOf("redis://127.0.0.1:7000", 1000)).toMatchObject({
      host: "127.0.0.1",
      port: 7000,
      db: 0,
      tls: undefined,
      password: undefined,
    });
    expect(redisOptionsOf("rediss://museum:p%40ss@cache.example/3", 1000)).toMatchObject({
      host: "cache.example",
      port: 6379,
      username: "museum",
      password: "p@ss",
      db: 3,
      tls: {},
    });
    expect(() => redisOptionsOf("redis://127.0.0.1:6379/zero", 1000)).toThrow(
      /REDIS_URL: the database after the host must be a number/,
    );
  });
  it("is printed without its password", () => {
    expect(redactedRedisUrl("redis://museum:secret@cache.example:6379/0")).toBe(
      "redis://museum:***@cache.example:6379/0",
    );
    expect(redactedRedisUrl("redis://127.0.0.1:6379")).not.toContain("***");
  });
});

describe("the cluster proxy's routing", () => {
  it("reads a node as Colyseus announces it", () => {
    expect(parseNodeAddress("Ab3_x-9/127.0.0.1:40123")).toEqual({
      processId: "Ab3_x-9",
      host: "127.0.0.1",
      port: 40123,
    });
    expect(parseNodeAddress("p1/museum-2.internal:2567")).toEqual({
      processId: "p1",
      host: "museum-2.internal",
      port: 2567,
    });
    // A process on PORT=0 announces no port: nothing to route to.
    expect(parseNodeAddress("p1/127.0.0.1")).toBeNull();
    expect(parseNodeAddress("p1/undefined")).toBeNull();
  });
  it("finds the process a room socket's URL names, and nothing in other URLs", () => {
    expect(processIdOf("/kF3_a-Z/roomAbc?sessionId=s1&name=Li")).toBe("kF3_a-Z");
    expect(processIdOf("/kF3/roomAbc")).toBe("kF3");
    expect(processIdOf("/matchmake/joinOrCreate/museum")).toBeUndefined();
    expect(processIdOf("/")).toBeUndefined();
    expect(processIdOf("/../etc/passwd")).toBeUndefined();
    expect(processIdOf(undefined)).toBeUndefined();
  });
});
