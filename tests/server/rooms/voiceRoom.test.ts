// Voice through a real room and the real media server child: signalling over the room connection, the guide as a
// megaphone for the group, a member muted by the guide silent to the others, the floor, blocks both ways, a guide's
// commands refused to members, and bad signalling answered with a reason. The media is werift in Node.
import type { Room as ClientRoom } from "colyseus.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode } from "../../../common/messageTypes";
import { VoiceMessage, type VoiceOfferMessage, type VoiceSlotsMessage } from "../../../common/voiceWire";
import { startVoiceHub, type VoiceHub } from "../../../server/voice/voiceHub";
import { expectRefused, inbox, startHarness, tourGroup, type Harness } from "../../fixtures/tourRoomHarness";
import { createVoicePeer, type VoicePeer } from "../../fixtures/voicePeer";

interface Caller {
  room: ClientRoom;
  peer: VoicePeer;
  slots: VoiceSlotsMessage["slots"];
}

async function call(room: ClientRoom): Promise<Caller> {
  const peer = createVoicePeer();
  const caller: Caller = { room, peer, slots: [] };
  room.onMessage(VoiceMessage.Slots, (m: VoiceSlotsMessage) => (caller.slots = m.slots));
  const offered = new Promise<VoiceOfferMessage>((resolve) => room.onMessage(VoiceMessage.Offer, resolve));
  room.send(VoiceMessage.Join, {});
  const offer = await offered;
  expect(offer.slots).toBe(4);
  room.send(VoiceMessage.Answer, { sdp: await peer.answer(offer.sdp) });
  await peer.connected();
  room.send(VoiceMessage.Mic, { on: true });
  return caller;
}

const slotOf = (c: Caller, speaker: string) => c.slots.findIndex((s) => s?.speaker === speaker);
const modeOf = (c: Caller, speaker: string) => c.slots.find((s) => s?.speaker === speaker)?.mode;

/** Packets with this speaker's marker arrive in the listener's slot for them. */
async function hears(listener: Caller, speaker: Caller, marker: number): Promise<void> {
  const slot = slotOf(listener, speaker.room.sessionId);
  expect(slot).toBeGreaterThanOrEqual(0);
  const before = listener.peer.received[slot] ?? 0;
  await speaker.peer.publish(marker, 12);
  await vi.waitFor(() => expect((listener.peer.received[slot] ?? 0) - before).toBeGreaterThanOrEqual(8), {
    timeout: 5000,
  });
  expect(listener.peer.lastMarker[slot]).toBe(marker);
}

describe("voice in a tour", () => {
  let h: Harness;
  let hub: VoiceHub;
  let guide: Caller;
  let ann: Caller;
  let bo: Caller;

  beforeAll(async () => {
    hub = startVoiceHub(
      { media: { loopbackOnly: true }, limits: { slots: 4, spatialCap: 3, hearingRadius: 20 } },
      pino({ level: "silent" }),
    );
    h = await startHarness(2, { voice: hub });
    const group = await tourGroup(h, 2);
    [guide, ann, bo] = await Promise.all([group.guide, ...group.members].map(call));
  }, 60_000);

  afterAll(async () => {
    await h.closeAll();
    await h.colyseus.shutdown();
    await hub.stop();
  });

  it("every member hears the guide as a megaphone, and the guide's packets reach them", async () => {
    const g = guide.room.sessionId;
    await vi.waitFor(() => expect([modeOf(ann, g), modeOf(bo, g)]).toEqual(["megaphone", "megaphone"]));
    await Promise.all([hears(ann, guide, 1), hears(bo, guide, 1)]);
  });

  it("marks the speaker as speaking even when the voice came before the microphone's 'on' (two ways to the room)", async () => {
    // As the guide's page reads it from the room state.
    const seat = () =>
      (guide.room.state as unknown as { voices: Map<string, { speaking: boolean; mic: boolean }> }).voices.get(
        ann.room.sessionId,
      );
    ann.room.send(VoiceMessage.Mic, { on: false });
    await vi.waitFor(() => expect(seat()?.mic).toBe(false));
    // She speaks on (1.2 s of loud packets): the media server hears her first, then the microphone's "on" comes
    // through the room while she is still speaking.
    const speech = ann.peer.publish(7, 60, 10);
    await new Promise((r) => setTimeout(r, 300));
    expect(seat()?.speaking).toBe(false);
    ann.room.send(VoiceMessage.Mic, { on: true });
    await vi.waitFor(() => expect(seat()?.speaking).toBe(true), { timeout: 3000 });
    await speech;
  });
  it("a member's own voice reaches those standing near as a voice in the air, not the group's megaphone", async () => {
    await vi.waitFor(() => expect(modeOf(bo, ann.room.sessionId)).toBe("spatial"));
    expect(modeOf(guide, ann.room.sessionId)).toBe("spatial");
    await hears(bo, ann, 2);
  });

  it("a member muted by the guide is silent to everyone, until given the floor", async () => {
    const a = ann.room.sessionId;
    guide.room.send(VoiceMessage.Mute, { member: a, on: true });
    await vi.waitFor(() => expect([slotOf(bo, a), slotOf(guide, a)]).toEqual([-1, -1]));
    const quiet = bo.peer.received.reduce((x, y) => x + y, 0);
    await ann.peer.publish(3, 10);
    expect(bo.peer.received.reduce((x, y) => x + y, 0)).toBe(quiet);
    guide.room.send(VoiceMessage.Floor, { member: a });
    await vi.waitFor(() => expect([modeOf(bo, a), modeOf(guide, a)]).toEqual(["megaphone", "megaphone"]));
    await hears(guide, ann, 4);
    guide.room.send(VoiceMessage.Floor, { member: null });
    await vi.waitFor(() => expect(slotOf(bo, a)).toBe(-1));
  });

  it("a block cuts both ways, the guide's megaphone included", async () => {
    const g = guide.room.sessionId;
    bo.room.send(VoiceMessage.Block, { visitor: g, on: true });
    await vi.waitFor(() => expect([slotOf(bo, g), slotOf(guide, bo.room.sessionId)]).toEqual([-1, -1]));
    bo.room.send(VoiceMessage.Block, { visitor: g, on: false });
    await vi.waitFor(() => expect(modeOf(bo, g)).toBe("megaphone"));
  });

  it("refuses a guide's command from a member, and commands about strangers, with the reason", async () => {
    const box = inbox(bo.room);
    bo.room.send(VoiceMessage.MuteAll, { on: true });
    await expectRefused(box, ErrorCode.NotGuide, VoiceMessage.MuteAll);
    const gbox = inbox(guide.room);
    guide.room.send(VoiceMessage.Mute, { member: "not-a-member", on: true });
    await expectRefused(gbox, ErrorCode.NoSuchMember, VoiceMessage.Mute);
    guide.room.send(VoiceMessage.Floor, { member: guide.room.sessionId });
    await expectRefused(gbox, ErrorCode.NotNow, VoiceMessage.Floor);
  });

  it("answers bad signalling with a reason and keeps the call", async () => {
    const box = inbox(ann.room);
    ann.room.send(VoiceMessage.Answer, { sdp: "hello" });
    await expectRefused(box, ErrorCode.InvalidMessage, VoiceMessage.Answer);
    expect(box.errors.find((e) => e.type === VoiceMessage.Answer)?.message).toMatch(/v=0/);
    ann.room.send(VoiceMessage.Answer, { sdp: "v=0\r\n" });
    await expectRefused(box, ErrorCode.NotNow, VoiceMessage.Answer);
    await hears(bo, guide, 5);
  });

  it("opens a call at most once every two seconds a visitor (each costs the media server a connection)", async () => {
    const eager = await h.join("Eager");
    const box = inbox(eager);
    eager.onMessage(VoiceMessage.Offer, () => undefined);
    eager.send(VoiceMessage.Join, {});
    eager.send(VoiceMessage.Join, {});
    await expectRefused(box, ErrorCode.TooSoon, VoiceMessage.Join);
    expect(box.errors.find((e) => e.code === ErrorCode.TooSoon)?.message).toMatch(/try again in \d s/);
  });
});

describe("without a media server", () => {
  it("tells the visitor voice is off, and the room goes on", async () => {
    const h = await startHarness(2);
    const room = await h.join("Quiet");
    const down = new Promise((resolve) => room.onMessage(VoiceMessage.Down, resolve));
    room.send(VoiceMessage.Join, {});
    expect(await down).toEqual({ reason: "off", retryMs: null });
    await h.closeAll();
    await h.colyseus.shutdown();
  });
});
