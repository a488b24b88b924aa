// The one place the museum reads the ioredis connections inside Colyseus' Redis presence and driver.
// tests/server/scaleOut/redisSeams.test.ts pins both packages' versions and the members read.

/** The versions these reads were written against: an upgrade must re-check the members below. */
export const REDIS_PRESENCE_VERSION = "0.16.4";
export const REDIS_DRIVER_VERSION = "0.16.1";

/** What the start-up needs of each connection. */
export interface RedisConnection {
  on(event: "error", cb: (err: Error) => void): void;
  ping(): Promise<string>;
  disconnect(): void;
}

/**
 * The presence's publisher and subscriber (protected `pub`, `sub`) and the driver's client (private `_client`).
 * Neither package exposes its connections, a readiness check or an error event: without these the start-up could
 * not tell an unreachable REDIS_URL from a slow one, and ioredis would print every reconnection attempt's error.
 */
export function redisConnectionsOf(presence: object, driver: object): RedisConnection[] {
  const { pub, sub } = presence as { pub?: RedisConnection; sub?: RedisConnection };
  const { _client: client } = driver as { _client?: RedisConnection };
  const found = [pub, sub, client];
  if (found.some((c) => typeof c?.ping !== "function")) {
    throw new Error("@colyseus/redis-presence or redis-driver no longer keeps its ioredis clients where expected");
  }
  return found as RedisConnection[];
}
