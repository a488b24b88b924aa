// The messages between bench/voice.ts and the plain relay's two processes (bench/voice/plainRelay.ts), checked by zod
// on both sides like every boundary.
import { z } from "zod";

const port = z.number().int().min(1).max(65_535);

export const ToPlainRelay = z.discriminatedUnion("op", [
  /** The relay: send a copy of each datagram that comes in to each of these loopback ports. */
  z.object({ op: z.literal("targets"), ports: z.array(port).max(1000) }),
  /** The listeners' side: have this many sockets open in all (the ports come back in `opened`). */
  z.object({ op: z.literal("open"), sockets: z.number().int().min(0).max(1000) }),
  /** The listeners' side: send the relay one datagram of each size in turn, one every 20 ms (empty: stop). */
  z.object({ op: z.literal("speak"), to: port, sizes: z.array(z.number().int().min(1).max(1500)).max(10_000) }),
  /** Either side: its CPU so far and what it has counted. */
  z.object({ op: z.literal("read") }),
]);
export type ToPlainRelay = z.infer<typeof ToPlainRelay>;

export const FromPlainRelay = z.discriminatedUnion("op", [
  z.object({ op: z.literal("ready"), port }),
  z.object({ op: z.literal("opened"), ports: z.array(port) }),
  /** `cpuMicros`: user + system CPU so far; `datagrams`: copies sent (the relay) or received (the listeners). */
  z.object({ op: z.literal("counts"), cpuMicros: z.number(), datagrams: z.number() }),
]);
export type FromPlainRelay = z.infer<typeof FromPlainRelay>;
