// The chat's pure rules: a burst then a steady pace, slow mode spacing a member's tour lines, and who reads a line
// (the scene or the tour, never across a block).
import { describe, expect, it } from "vitest";
import {
  CHAT_BURST,
  CHAT_REFILL_MS,
  chatReaders,
  freshPace,
  paceLine,
  type ChatParty,
} from "../../../server/logic/chatRules";

describe("pacing a visitor's lines", () => {
  it("lets a burst through, then one line per refill", () => {
    const pace = freshPace(0);
    for (let i = 0; i < CHAT_BURST; i++) expect(paceLine(pace, 10 * i, 0).ok).toBe(true);
    expect(paceLine(pace, 100, 0)).toEqual({ ok: false, why: "too-fast", waitSec: 2 });
    expect(paceLine(pace, CHAT_REFILL_MS + 1, 0).ok).toBe(true);
    expect(paceLine(pace, CHAT_REFILL_MS + 2, 0).ok).toBe(false);
    expect(paceLine(pace, 100_000, 0).ok).toBe(true);
  });

  it("spaces tour lines by the slow mode, and says how long to wait", () => {
    const pace = freshPace(0);
    expect(paceLine(pace, 0, 15).ok).toBe(true);
    expect(paceLine(pace, 5000, 15)).toEqual({ ok: false, why: "slowed", waitSec: 10 });
    expect(paceLine(pace, 5000, 0).ok).toBe(true); // a scene line is not slowed
    expect(paceLine(pace, 15_000, 15).ok).toBe(true);
  });
});

describe("who reads a line", () => {
  const room: ChatParty[] = [
    { id: "guide", sceneId: "bund", tour: "T1" },
    { id: "ann", sceneId: "bund", tour: "T1" },
    { id: "bo", sceneId: "hall", tour: "T1" },
    { id: "cy", sceneId: "bund", tour: null },
    { id: "di", sceneId: "hall", tour: null },
  ];
  const none = () => false;

  it("a scene line reaches the sender's scene, a tour line the tour wherever its members are", () => {
    expect(chatReaders(room[1], "scene", room, none)).toEqual(["guide", "ann", "cy"]);
    expect(chatReaders(room[1], "tour", room, none)).toEqual(["guide", "ann", "bo"]);
    expect(chatReaders(room[3], "tour", room, none)).toEqual([]);
  });

  it("a block cuts both ways; the sender still sees their own line", () => {
    const blocked = (a: string, b: string) => (a === "cy" && b === "ann") || (a === "ann" && b === "cy");
    expect(chatReaders(room[1], "scene", room, blocked)).toEqual(["guide", "ann"]);
    expect(chatReaders(room[3], "scene", room, blocked)).toEqual(["guide", "cy"]);
  });
});
