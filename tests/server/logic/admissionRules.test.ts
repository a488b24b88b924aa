// The pure admission rules: one check for a seat and a join (scene, tour, ticket, guide token, name), the cap on
// seats held unused, rooms opened per address and in all, and sockets per address — no sockets, the clock passed in.
import { describe, expect, it } from "vitest";
import { admitJoin, seatHoldRefusal, type AdmissionRules } from "../../../server/logic/admission";
import { createAddressTally } from "../../../server/logic/addressTally";
import { createRoomQuota } from "../../../server/logic/roomQuota";

const rules: AdmissionRules = {
  sceneExists: (id) => id === "bund",
  hasTour: (code) => code === "ABC234",
  verifyTicket: (t) => (t === "good-ticket" ? { code: "ABC234", seat: "s1" } : null),
  verifyGuide: (t) => (t === "good-token" ? { name: "Mei Lin" } : null),
};

describe("admitJoin", () => {
  it("admits a visitor with a cleaned name, a guide by token alone, a member by ticket", () => {
    expect(admitJoin({ name: "  Ada <b>x</b>  ", sceneId: "bund" }, rules)).toEqual({
      ok: true,
      admission: expect.objectContaining({ name: "Ada x", sceneId: "bund", mode: "desktop" }),
    });
    expect(admitJoin({ name: "x", sceneId: "bund", guideToken: "good-token" }, rules)).toEqual({
      ok: true,
      admission: expect.objectContaining({ guideName: "Mei Lin" }),
    });
    expect(admitJoin({ name: "x", sceneId: "bund", tourCode: "ABC234", tourTicket: "good-ticket" }, rules)).toEqual({
      ok: true,
      admission: expect.objectContaining({ seat: "s1" }),
    });
  });
  it("refuses with a status and a reason naming what is wrong", () => {
    expect(admitJoin({ name: "x", sceneId: "bund", guideToken: "junk" }, rules)).toEqual({
      ok: false,
      status: 401,
      reason: expect.stringMatching(/guide sign-in/),
    });
    expect(admitJoin({ name: "x", sceneId: "bund", tourCode: "ABC234", tourTicket: "forged" }, rules)).toEqual({
      ok: false,
      status: 401,
      reason: expect.stringMatching(/tourTicket/),
    });
    expect(
      admitJoin(
        { name: "x", sceneId: "bund", tourCode: "XYZ234", tourTicket: "good-ticket" },
        { ...rules, hasTour: undefined },
      ),
    ).toMatchObject({ ok: false, status: 401 });
    expect(admitJoin({ name: "x", sceneId: "atlantis" }, rules)).toEqual({
      ok: false,
      status: 400,
      reason: expect.stringMatching(/no scene "atlantis"/),
    });
    expect(admitJoin({ name: "x", sceneId: "bund", tourCode: "XYZ234" }, rules)).toEqual({
      ok: false,
      status: 404,
      reason: expect.stringMatching(/not in this room/),
    });
    expect(admitJoin({ name: "x", sceneId: "bund", role: 1 }, rules)).toMatchObject({ ok: false, status: 400 });
    expect(admitJoin("not an object", rules)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("seats held unused", () => {
  const limits = { perAddress: 2, perRoom: 3 };
  it("per address, then per room", () => {
    expect(seatHoldRefusal(["a"], "a", limits)).toBeNull();
    expect(seatHoldRefusal(["a", "a"], "a", limits)).toMatch(/already holds 2 seats/);
    expect(seatHoldRefusal(["a", "a"], "b", limits)).toBeNull();
    expect(seatHoldRefusal(["a", "b", "c"], "d", limits)).toMatch(/too many seats in this room/);
  });
});

describe("rooms opened", () => {
  it("per address in a sliding minute, in all, and the server's own rooms are never refused", () => {
    // Within a minute's allowance, no more than a burst at once (ten addresses opening ten each stalled the process).
    const bursty = createRoomQuota({ perAddressPerMinute: 10, total: 100 });
    for (let i = 0; i < 3; i++) expect(bursty.open("a", i).ok).toBe(true);
    expect(bursty.open("a", 5)).toMatchObject({
      ok: false,
      status: 429,
      reason: expect.stringMatching(/3 rooms in the last 10 s/),
      retryAfterSec: 10,
    });
    expect(bursty.open("a", 10_001).ok).toBe(true);
    const quota = createRoomQuota({ perAddressPerMinute: 2, total: 3 });
    expect(quota.open("a", 0).ok).toBe(true);
    expect(quota.open("a", 1000).ok).toBe(true);
    // Peeking answers what opening would, and counts nothing.
    expect(quota.peek("a", 1500)).toMatchObject({ ok: false, status: 429 });
    expect(quota.peek("c", 1500)).toEqual({ ok: true });
    expect(quota.peek("c", 1500)).toEqual({ ok: true });
    expect(quota.open("a", 2000)).toEqual({
      ok: false,
      status: 429,
      reason: expect.stringMatching(/2 rooms in the last minute/),
      retryAfterSec: 58,
    });
    expect(quota.open("a", 60_001).ok).toBe(true); // the first has left the window
    expect(quota.open("b", 60_002)).toMatchObject({ ok: false, status: 503 });
    expect(quota.open(undefined, 60_003).ok).toBe(true);
    expect(quota.liveRooms).toBe(4);
    quota.closed();
    quota.closed();
    expect(quota.open("b", 60_004).ok).toBe(true);
  });
});

describe("sockets per address", () => {
  it("takes up to the limit and gives back", () => {
    const tally = createAddressTally(2);
    expect([tally.take("a"), tally.take("a"), tally.take("a"), tally.take("b")]).toEqual([true, true, false, true]);
    tally.give("a");
    expect(tally.take("a")).toBe(true);
    expect(tally.held("a")).toBe(2);
  });
});
