// Scale-out over Redis: several museum processes share matchmaking (RedisDriver: the room listings, their metadata
// with the live tours, seat reservations in another process's room) and presence (RedisPresence: Colyseus' IPC).
// The Redis packages are imported only when REDIS_URL is set, so a single process runs with no Redis code at all.
import type { MatchMakerDriver, Presence } from "@colyseus/core";
import type { RedisOptions } from "ioredis";
import type { Logger } from "pino";
import { ConfigError } from "../config";
import { redisConnectionsOf } from "./redisSeams";

export interface ScaleOut {
  presence: Presence;
  driver: MatchMakerDriver;
  /** Where this process tells the others (and the cluster proxy) it can be reached: Colyseus' node discovery. */
  nodeAddress: string;
}

export interface ScaleOutOptions {
  redisUrl: string;
  port: number;
  /** Colyseus' discovery reads SELF_HOSTNAME (and SELF_PORT) from the environment itself. */
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** How long to wait for Redis at start-up before giving up with a message. */
  connectTimeoutMs?: number;
}

/** A URL fit to print: the password (if any) replaced. */
export function redactedRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

/** Connects to Redis (or stops the start naming REDIS_URL) and returns the shared presence and driver. */
export async function connectScaleOut(o: ScaleOutOptions): Promise<ScaleOut> {
  const host = o.env.SELF_HOSTNAME;
  const port = Number(o.env.SELF_PORT ?? o.port);
  // Other processes and the proxy route a visitor's socket to the process hosting the room by this address.
  if (!host)
    throw new ConfigError(
      "Invalid configuration:\n  SELF_HOSTNAME: must be set when REDIS_URL is: the address the other processes " +
        "reach this one at (e.g. 10.0.0.5, or 127.0.0.1 on one machine)",
    );
  if (!port)
    throw new ConfigError(
      "Invalid configuration:\n  PORT: must be a fixed port when REDIS_URL is set (or set SELF_PORT): " +
        "the other processes find this one by it",
    );

  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([
    import("@colyseus/redis-presence"),
    import("@colyseus/redis-driver"),
  ]);
  const where = redactedRedisUrl(o.redisUrl);
  const redisOptions = redisOptionsOf(o.redisUrl, o.connectTimeoutMs ?? 5000);
  const presence = new RedisPresence(redisOptions);
  const driver = new RedisDriver(redisOptions);
  const clients = redisConnectionsOf(presence, driver);
  let lastError = "";
  for (const c of clients) {
    c.on("error", (err: Error) => {
      // ioredis keeps reconnecting; say so once per distinct problem, not on every retry.
      if (err.message === lastError) return;
      lastError = err.message;
      o.log.error(
        { redis: where, err: err.message },
        "Redis connection problem (rooms in other processes are unreachable until it is back)",
      );
    });
  }
  try {
    await Promise.all(clients.map((c) => c.ping()));
  } catch (err) {
    for (const c of clients) c.disconnect();
    throw new ConfigError(
      `Invalid configuration:\n  REDIS_URL: cannot reach Redis at ${where} (${(err as Error).message}). ` +
        "Start Redis or fix REDIS_URL; unset it to run a single process without Redis.",
    );
  }
  o.log.info(
    { redis: where, node: `${host}:${port}` },
    "scale-out over Redis: matchmaking and presence shared with the other processes",
  );
  return { presence, driver, nodeAddress: `${host}:${port}` };
}

/**
 * ioredis options from REDIS_URL (the Redis packages take an options object or a URL, not both). A command waits for
 * at most two reconnection attempts, so a join fails with an error instead of hanging while Redis is away.
 */
export function redisOptionsOf(url: string, connectTimeoutMs: number): RedisOptions {
  const u = new URL(url);
  const db = Number(u.pathname.slice(1) || 0);
  if (!Number.isInteger(db) || db < 0)
    throw new ConfigError(
      "Invalid configuration:\n  REDIS_URL: the database after the host must be a number, " +
        `like redis://127.0.0.1:6379/0 (got "${u.pathname}")`,
    );
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    db,
    tls: u.protocol === "rediss:" ? {} : undefined,
    connectTimeout: connectTimeoutMs,
    maxRetriesPerRequest: 2,
  };
}
