// A tour's voices as the page reads them from the room state: the guide's roster (speaking, muted, the floor, mute-all)
// and what a member is told; nothing for visitors outside the tour or for a member who leads nothing.
import { describe, expect, it } from "vitest";
import { guideVoiceModel, memberVoice, type VoiceRosterState } from "../../../client/state/voiceRoster";

const map = <V>(entries: [string, V][]) => new Map(entries);

function room(voice: { floor?: string; mutedAll?: boolean; muted?: string[] } | null): VoiceRosterState {
  return {
    visitors: map([
      ["g", { name: "Mei Lin" }],
      ["a", { name: "Ann" }],
      ["b", { name: "博文" }],
      ["x", { name: "Passer-by" }],
    ]),
    tours: map([
      [
        "T1",
        {
          guide: "g",
          members: map<unknown>([
            ["g", {}],
            ["a", {}],
            ["b", {}],
          ]),
        },
      ],
    ]),
    voices: map([["a", { speaking: true }]]),
    voiceTours: voice
      ? map([
          [
            "T1",
            {
              floor: voice.floor ?? "",
              mutedAll: voice.mutedAll ?? false,
              muted: map((voice.muted ?? []).map((id) => [id, true] as [string, boolean])),
            },
          ],
        ])
      : map([]),
  };
}

describe("the voice roster", () => {
  it("gives the leading guide every member but themself, with who speaks, who is muted and who has the floor", () => {
    expect(guideVoiceModel(room({ floor: "b", muted: ["a"] }), "g")).toEqual({
      mutedAll: false,
      floor: "b",
      members: [
        { id: "a", name: "Ann", speaking: true, muted: true },
        { id: "b", name: "博文", speaking: false, muted: false },
      ],
    });
  });

  it("before any voice command, nobody is muted and nobody has the floor", () => {
    const model = guideVoiceModel(room(null), "g");
    expect(model?.floor).toBeNull();
    expect(model?.members.every((m) => !m.muted)).toBe(true);
  });

  it("mute-all shows every member muted", () => {
    expect(guideVoiceModel(room({ mutedAll: true }), "g")?.members.map((m) => m.muted)).toEqual([true, true]);
  });

  it("is nothing for a member or a visitor outside the tour", () => {
    expect(guideVoiceModel(room(null), "a")).toBeNull();
    expect(guideVoiceModel(room(null), "x")).toBeNull();
  });

  it("tells a member they have the floor, or that the guide muted them (one by one or all at once)", () => {
    expect(memberVoice(room({ floor: "a" }), "a")).toBe("floor");
    expect(memberVoice(room({ muted: ["a"] }), "a")).toBe("muted");
    expect(memberVoice(room({ mutedAll: true, floor: "b" }), "a")).toBe("muted");
    expect(memberVoice(room({ mutedAll: true, floor: "b" }), "b")).toBe("floor");
    expect(memberVoice(room(null), "a")).toBeNull();
    expect(memberVoice(room({ floor: "a" }), "g")).toBeNull();
    expect(memberVoice(room({ floor: "a" }), "x")).toBeNull();
  });
});
