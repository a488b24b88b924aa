// The media server forwards a werift publisher's Opus packets to werift subscribers, each in the slot the routing put
// it in; a voice taken out of a slot (muted, blocked, out of reach) stops reaching that listener at once; the audio
// level in the packets lights the speaking ring.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMediaForwarder, type MediaForwarder } from "../../../server/voice/mediaForwarder";
import { createVoicePeer, type VoicePeer } from "../../fixtures/voicePeer";

const until = async (what: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("the media forwarder", () => {
  let sfu: MediaForwarder;
  const speaking: string[] = [];
  const published: string[] = [];
  const peers = new Map<string, VoicePeer>();

  beforeAll(async () => {
    sfu = createMediaForwarder(
      { slots: 3, loopbackOnly: true },
      {
        published: (p) => published.push(p),
        speaking: (p, on) => speaking.push(`${p}:${on}`),
        lost: () => undefined,
      },
    );
    for (const id of ["guide", "ann", "bo"]) {
      const peer = createVoicePeer();
      peers.set(id, peer);
      await sfu.answer(id, await peer.answer(await sfu.open(id)));
    }
    await Promise.all([...peers.values()].map((p) => p.connected()));
  }, 30_000);

  afterAll(async () => {
    await sfu.closeAll();
    await Promise.all([...peers.values()].map((p) => p.close()));
  });

  it("forwards the guide's packets to both members, in the slot each was given", async () => {
    sfu.route("ann", 0, "guide");
    sfu.route("bo", 2, "guide");
    const guide = peers.get("guide")!;
    await guide.publish(7, 25);
    const ann = peers.get("ann")!;
    const bo = peers.get("bo")!;
    await until(() => ann.received[0]! >= 20 && bo.received[2]! >= 20);
    expect(ann.lastMarker[0]).toBe(7);
    expect(bo.lastMarker[2]).toBe(7);
    expect(ann.received[1]! + ann.received[2]! + bo.received[0]! + bo.received[1]!).toBe(0);
    expect(guide.received.reduce((a, b) => a + b, 0)).toBe(0);
    expect(published).toContain("guide");
    expect(speaking).toContain("guide:true");
    // No packets come in silence (DTX): the clock alone puts the ring out.
    await until(() => speaking.includes("guide:false"), 5000);
  });

  it("stops forwarding a voice taken out of a slot, and swaps another in without renegotiating", async () => {
    const ann = peers.get("ann")!;
    const bo = peers.get("bo")!;
    sfu.route("ann", 0, null);
    sfu.route("bo", 2, "ann");
    const before = ann.received[0]!;
    await Promise.all([peers.get("guide")!.publish(7, 10), ann.publish(9, 10)]);
    await until(() => bo.lastMarker[2] === 9);
    expect(ann.received[0]).toBe(before);
    expect(bo.breaks[2]).toBe(0);
    expect(sfu.stats().forwardedPackets).toBeGreaterThan(40);
  });

  it("hears a speaker who reconnects in the slots still routed to them, and stops at a listener who left", async () => {
    const bo = peers.get("bo")!;
    sfu.route("bo", 1, "guide");
    const fresh = createVoicePeer();
    const stale = peers.get("guide")!;
    peers.set("guide", fresh);
    await stale.close();
    await sfu.answer("guide", await fresh.answer(await sfu.open("guide")));
    await fresh.connected();
    const before = bo.received[1]!;
    await fresh.publish(5, 10);
    await until(() => bo.received[1]! >= before + 5 && bo.lastMarker[1] === 5);
    expect(bo.breaks[1]).toBe(0);

    const ann = peers.get("ann")!;
    sfu.route("ann", 1, "guide");
    const [anns, bos] = [ann.received[1]!, bo.received[1]!];
    await fresh.publish(5, 5);
    await until(() => ann.received[1]! >= anns + 5 && bo.received[1]! >= bos + 5);
    sfu.close("ann");
    const counted = sfu.stats().forwardedPackets;
    await fresh.publish(5, 5);
    await until(() => bo.received[1]! >= bos + 10);
    // Only bo's slot is left on the guide's fan-out: five packets, forwarded once each.
    expect(sfu.stats().forwardedPackets - counted).toBe(5);
  });
});
