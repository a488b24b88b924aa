// The media server's own process: forked by the museum process (server/voice/mediaServer.ts) so the per-packet
// fan-out never lands on a room's patch loop. It speaks only over the IPC channel and dies with its parent.
import { createMediaForwarder } from "./mediaForwarder";
import { FromMediaServer, MediaServerOptions, ToMediaServer } from "./sfuProtocol";

function send(message: FromMediaServer): void {
  process.send?.(message);
}

const options = MediaServerOptions.parse(JSON.parse(process.argv[2] ?? "{}"));
const forwarder = createMediaForwarder(options, {
  published: (peer) => send({ op: "published", peer }),
  speaking: (peer, on) => send({ op: "speaking", peer, on }),
  lost: (peer, reason) => send({ op: "lost", peer, reason: reason.slice(0, 200) }),
});

function failure(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

async function handle(message: ToMediaServer): Promise<void> {
  switch (message.op) {
    case "open":
      try {
        send({ op: "offer", id: message.id, sdp: await forwarder.open(message.peer) });
      } catch (error) {
        send({ op: "failed", id: message.id, error: failure(error) });
      }
      return;
    case "answer":
      try {
        await forwarder.answer(message.peer, message.sdp);
        send({ op: "done", id: message.id });
      } catch (error) {
        send({ op: "failed", id: message.id, error: failure(error) });
      }
      return;
    case "route":
      for (const r of message.routes) forwarder.route(r.listener, r.slot, r.speaker);
      return;
    case "close":
      forwarder.close(message.peer);
      return;
    case "stats": {
      const usage = process.cpuUsage();
      const stats = { ...forwarder.stats(), cpuMicros: usage.user + usage.system, rssBytes: process.memoryUsage().rss };
      send({ op: "stats", id: message.id, stats });
      return;
    }
  }
}

process.on("message", (raw) => {
  const parsed = ToMediaServer.safeParse(raw);
  // The parent is trusted code, but a malformed command must not take every call down with it.
  if (parsed.success) void handle(parsed.data);
});
// The parent went away (crashed or was killed): nothing is left to serve.
process.on("disconnect", () => process.exit(0));
send({ op: "ready" });
// Stopped by the parent: exit normally, so that exit hooks (a --cpu-prof profile, for one) still run.
process.on("SIGTERM", () => process.exit(0));
