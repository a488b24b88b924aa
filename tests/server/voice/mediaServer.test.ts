// The media server as its own process: werift visitors connect through the museum process's side, the guide's
// packets reach a member through the child; when the child is killed, calls are reported lost and a new child
// answers again.
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { startMediaServer, type MediaServer } from "../../../server/voice/mediaServer";
import { createVoicePeer, type VoicePeer } from "../../fixtures/voicePeer";

const until = async (what: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("the media server child", () => {
  const lost: string[] = [];
  let restarts = 0;
  const server: MediaServer = startMediaServer(
    { slots: 2, loopbackOnly: true },
    { published: () => undefined, speaking: () => undefined, lost: (p) => lost.push(p), restarted: () => restarts++ },
    pino({ level: "silent" }),
  );
  const peers: VoicePeer[] = [];

  async function connect(id: string): Promise<VoicePeer> {
    const peer = createVoicePeer();
    peers.push(peer);
    await server.answer(id, await peer.answer(await server.open(id)));
    await peer.connected();
    return peer;
  }

  afterAll(async () => {
    await server.stop();
    await Promise.all(peers.map((p) => p.close()));
  });

  it("forwards a guide's voice to a member through the child process", async () => {
    const guide = await connect("guide");
    const member = await connect("member");
    server.route([{ listener: "member", slot: 1, speaker: "guide" }]);
    await guide.publish(5, 20);
    await until(() => (member.received[1] ?? 0) >= 15);
    const stats = await server.stats();
    expect(stats.peers).toBe(2);
    expect(stats.forwardedPackets).toBeGreaterThanOrEqual(15);
    expect(stats.cpuMicros).toBeGreaterThan(0);
  }, 30_000);

  it("restarts a killed child, refuses nothing for long, and serves new calls", async () => {
    const first = server.pid;
    process.kill(first!, "SIGKILL");
    await until(() => restarts === 1 && server.up && server.pid !== first);
    const again = await connect("member-2");
    expect(again).toBeDefined();
    expect((await server.stats()).peers).toBe(1);
  }, 30_000);

  it("answers a request for a visitor it does not know with the reason", async () => {
    await expect(server.answer("nobody", "v=0")).rejects.toThrow(/no voice connection is open for nobody/);
  });
});
