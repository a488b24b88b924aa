// The voice forwarding rules as pure functions: the megaphone, the floor, mute one and mute all, blocks both ways,
// the proximity cap and radius, scenes kept apart; and the receive slots that keep a voice where it was.
import { describe, expect, it } from "vitest";
import {
  voiceRoutes,
  voicesHeardBy,
  type TourVoice,
  type VoiceParty,
  type VoiceRoomView,
} from "../../../server/logic/voiceRouting";
import { assignSlots, emptySlots, slotChanges } from "../../../server/logic/voiceSlots";

const LIMITS = { slots: 8, spatialCap: 3, hearingRadius: 10 };

function party(id: string, over: Partial<VoiceParty> = {}): VoiceParty {
  return { id, sceneId: "bund", position: { x: 0, y: 0, z: 0 }, micOn: true, tour: null, ...over };
}

function tourVoice(over: Partial<TourVoice> = {}): TourVoice {
  return { floor: null, muted: new Set(), mutedAll: false, ...over };
}

function view(parties: VoiceParty[], over: Partial<VoiceRoomView> = {}): VoiceRoomView {
  return { parties, tours: new Map(), silenced: new Set(), blocks: () => false, ...over };
}

const far = (x: number) => ({ x, y: 0, z: 0 });
const heard = (id: string, v: VoiceRoomView) =>
  voicesHeardBy(
    v.parties.find((p) => p.id === id)!,
    v,
    LIMITS,
  ).map((h) => `${h.speaker}:${h.mode}`);

describe("a tour's voices", () => {
  const guide = party("guide", { tour: { code: "T", leads: true }, position: far(400) });
  const cog = party("cog", { tour: { code: "T", leads: true }, position: far(-300) });
  const ann = party("ann", { tour: { code: "T", leads: false }, position: far(5) });
  const bo = party("bo", { tour: { code: "T", leads: false }, sceneId: "ceramics", position: far(90) });
  const tours = new Map([["T", tourVoice()]]);

  it("the guide and the co-guide reach every member at full level, in any scene, at any distance", () => {
    const v = view([guide, cog, ann, bo], { tours });
    expect(heard("ann", v)).toEqual(["cog:megaphone", "guide:megaphone"]);
    expect(heard("bo", v)).toEqual(["cog:megaphone", "guide:megaphone"]);
    expect(heard("guide", v)).toEqual(["cog:megaphone"]);
  });

  it("a member's plain voice never reaches the whole group: only those standing near", () => {
    const cy = party("cy", { tour: { code: "T", leads: false }, position: far(8) });
    const v = view([guide, ann, bo, cy], { tours });
    expect(heard("cy", v)).toEqual(["guide:megaphone", "ann:spatial"]);
    expect(heard("bo", v)).toEqual(["guide:megaphone"]);
    expect(heard("guide", v)).toEqual([]);
  });

  it("given the floor, a member is heard by the whole group, the guide included, until it is taken back", () => {
    const withFloor = view([guide, ann, bo], { tours: new Map([["T", tourVoice({ floor: "ann" })]]) });
    expect(heard("bo", withFloor)).toEqual(["ann:megaphone", "guide:megaphone"]);
    expect(heard("guide", withFloor)).toEqual(["ann:megaphone"]);
    expect(heard("bo", view([guide, ann, bo], { tours }))).toEqual(["guide:megaphone"]);
  });

  it("a member muted by the guide, or everyone after mute-all, is silent to all; the floor still speaks", () => {
    const free = party("free", { position: far(4) });
    expect(heard("free", view([guide, ann, free], { tours }))).toEqual(["ann:spatial"]);
    const one = view([guide, ann, free], { tours: new Map([["T", tourVoice({ muted: new Set(["ann"]) })]]) });
    expect(heard("free", one)).toEqual([]);
    const all = view([guide, ann, bo, free], { tours: new Map([["T", tourVoice({ mutedAll: true, floor: "bo" })]]) });
    expect(heard("free", all)).toEqual([]);
    expect(heard("ann", all)).toEqual(["bo:megaphone", "guide:megaphone", "free:spatial"]);
  });

  it("a closed microphone or a moderator's silence forwards nothing", () => {
    const closed = view([{ ...guide, micOn: false }, ann], { tours });
    expect(heard("ann", closed)).toEqual([]);
    expect(heard("ann", view([guide, ann], { tours, silenced: new Set(["guide"]) }))).toEqual([]);
  });
});

describe("free visitors", () => {
  it("hear the nearest speakers of their own scene within reach, nearest first, at most the cap", () => {
    const me = party("me");
    const others = [3, 1, 9, 2, 11].map((x, i) => party(`p${i}`, { position: far(x) }));
    const elsewhere = party("hall", { sceneId: "ceramics", position: far(0.5) });
    expect(heard("me", view([me, ...others, elsewhere]))).toEqual(["p1:spatial", "p3:spatial", "p0:spatial"]);
  });

  it("hear a guide passing by as a voice in the air, not as a megaphone", () => {
    const guide = party("guide", { tour: { code: "T", leads: true }, position: far(6) });
    const v = view([party("me"), guide], { tours: new Map([["T", tourVoice()]]) });
    expect(heard("me", v)).toEqual(["guide:spatial"]);
  });

  it("a block cuts both ways: neither hears the other, whoever blocked", () => {
    const v = view([party("a"), party("b", { position: far(1) })], { blocks: (x, y) => x === "a" && y === "b" });
    expect(heard("a", v)).toEqual([]);
    expect(heard("b", v)).toEqual([]);
  });

  it("megaphones come first and the whole list never passes the listener's slots", () => {
    const tours = new Map([["T", tourVoice()]]);
    const me = party("me", { tour: { code: "T", leads: false } });
    const leads = ["g1", "g2"].map((id) => party(id, { tour: { code: "T", leads: true }, position: far(50) }));
    const near = Array.from({ length: 20 }, (_, i) => party(`n${i}`, { position: far(0.1 * (i + 1)) }));
    const got = voicesHeardBy(me, view([me, ...leads, ...near], { tours }), { ...LIMITS, slots: 4 });
    expect(got.map((h) => h.speaker)).toEqual(["g1", "g2", "n0", "n1"]);
  });

  it("gives every listener a table, with bounded length, for a full room", () => {
    const parties = Array.from({ length: 120 }, (_, i) => party(`v${i}`, { position: far(i % 7) }));
    const routes = voiceRoutes(view(parties), LIMITS);
    expect(routes.size).toBe(120);
    for (const list of routes.values()) expect(list.length).toBe(3);
  });
});

describe("receive slots", () => {
  it("a voice that stays heard keeps its slot; new voices take the freed ones", () => {
    const first = assignSlots(emptySlots(4), ["a", "b", "c"]);
    expect(first).toEqual(["a", "b", "c", null]);
    const second = assignSlots(first, ["c", "d", "a"]);
    expect(second).toEqual(["a", "d", "c", null]);
    expect(slotChanges(first, second)).toEqual([{ slot: 1, speaker: "d" }]);
  });

  it("never holds more voices than slots, and frees every slot when nobody is heard", () => {
    expect(assignSlots(emptySlots(2), ["a", "b", "c"])).toEqual(["a", "b"]);
    expect(slotChanges(["a", "b"], assignSlots(["a", "b"], []))).toEqual([
      { slot: 0, speaker: null },
      { slot: 1, speaker: null },
    ]);
  });
});
