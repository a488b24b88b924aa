// The messages between the museum process and its media-server child, checked by zod on both sides: a child that
// sends nonsense is restarted, never trusted.
import { z } from "zod";

const peer = z.string().min(1).max(64);
const sdp = z.string().min(1).max(64_000);
const requestId = z.number().int().nonnegative();

export const ToMediaServer = z.discriminatedUnion("op", [
  z.object({ op: z.literal("open"), id: requestId, peer }),
  z.object({ op: z.literal("answer"), id: requestId, peer, sdp }),
  z.object({
    op: z.literal("route"),
    routes: z
      .array(z.object({ listener: peer, slot: z.number().int().min(0).max(63), speaker: peer.nullable() }))
      .max(10_000),
  }),
  z.object({ op: z.literal("close"), peer }),
  z.object({ op: z.literal("stats"), id: requestId }),
]);
export type ToMediaServer = z.infer<typeof ToMediaServer>;

export const MediaServerStats = z.object({
  peers: z.number(),
  publishing: z.number(),
  forwardedPackets: z.number(),
  cpuMicros: z.number(),
  rssBytes: z.number(),
});
export type MediaServerStats = z.infer<typeof MediaServerStats>;

export const FromMediaServer = z.discriminatedUnion("op", [
  z.object({ op: z.literal("ready") }),
  z.object({ op: z.literal("offer"), id: requestId, sdp }),
  z.object({ op: z.literal("done"), id: requestId }),
  z.object({ op: z.literal("failed"), id: requestId, error: z.string().max(500) }),
  z.object({ op: z.literal("stats"), id: requestId, stats: MediaServerStats }),
  z.object({ op: z.literal("published"), peer }),
  z.object({ op: z.literal("speaking"), peer, on: z.boolean() }),
  z.object({ op: z.literal("lost"), peer, reason: z.string().max(200) }),
]);
export type FromMediaServer = z.infer<typeof FromMediaServer>;

/** What the child is started with, passed as one JSON argument. */
export const MediaServerOptions = z.object({
  slots: z.number().int().min(1).max(16),
  announcedAddress: z.string().max(255).optional(),
  portRange: z.tuple([z.number().int().min(1024).max(65535), z.number().int().min(1024).max(65535)]).optional(),
  iceServers: z
    .array(
      z.object({
        urls: z.string().max(500),
        username: z.string().max(200).optional(),
        credential: z.string().max(200).optional(),
      }),
    )
    .max(4)
    .optional(),
  loopbackOnly: z.boolean().optional(),
});
export type MediaServerOptions = z.infer<typeof MediaServerOptions>;
