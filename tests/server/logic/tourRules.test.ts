// The pure rules of a live tour: permissions, stop navigation, narration, follow, hands, hand-over, the guide's
// absence, lock radius, headcount, placement settling and plan checks.
import { describe, expect, it } from "vitest";
import { ErrorCode, FollowState, MemberPlace, TourStatus, VisitorRole } from "../../../common/messageTypes";
import { narrationPositionMs } from "../../../common/tourClock";
import { memberPlace, summarize } from "../../../server/logic/headcount";
import { createLiveTour, tourSnapshot, type LiveTour, type Outcome } from "../../../server/logic/liveTour";
import { clampToLock } from "../../../common/roamingLock";
import { judgePose } from "../../../server/logic/placementSettle";
import * as rules from "../../../server/logic/tourCommands";
import { planProblems, targetProblem } from "../../../server/logic/tourPlanCheck";
import { miniContent } from "../../fixtures/tourContent";
import { tourPlan, tourStop } from "../../fixtures/tourPlan";

const T0 = 1_800_000_000_000;
const fresh = () => createLiveTour({ code: "K7QM3D", plan: tourPlan(), guide: "g", guideName: "Mei", now: T0 });
const done = (o: Outcome): LiveTour => {
  if (!o.ok) throw new Error(`refused: ${o.message}`);
  return o.tour;
};
const refused = (o: Outcome, code: string) => {
  expect(o.ok).toBe(false);
  if (!o.ok) {
    expect(o.code).toBe(code);
    expect(o.message.length).toBeGreaterThan(5);
  }
};
const withMembers = (...ids: string[]) =>
  ids.reduce((t, id) => done(rules.addMember(t, id, id.toUpperCase())), fresh());
const roles: Record<string, number> = {
  g: VisitorRole.Guide,
  co: VisitorRole.Guide,
  a: VisitorRole.Visitor,
  b: VisitorRole.Visitor,
};
const roleOf = (id: string) => roles[id];

describe("who may lead", () => {
  it("only the signed-in guide leading this tour", () => {
    const t = withMembers("a", "co");
    expect(rules.mayLead(t, "g", VisitorRole.Guide).ok).toBe(true);
    refused(rules.mayLead(t, "a", VisitorRole.Visitor), ErrorCode.NotGuide);
    refused(rules.mayLead(t, "co", VisitorRole.Guide), ErrorCode.NotGuide); // a co-guide, not leading
    refused(rules.mayLead(undefined, "x", VisitorRole.Guide), ErrorCode.NotInTour);
    // Even a session id that matches the guide's cannot lead without the guide role.
    refused(rules.mayLead(t, "g", VisitorRole.Visitor), ErrorCode.NotGuide);
  });
});

describe("stop navigation", () => {
  it("next, previous and goto move within the plan and reset the stop's narration, spotlight and lock", () => {
    let t = done(rules.narrate(fresh(), { action: "play" }, T0));
    t = done(rules.spotlight(t, { kind: "landmark", id: "customs-house" }, null));
    t = done(rules.lockRoaming(t, 10));
    t = done(rules.nextStop(t, T0 + 5000));
    expect(t.stop).toBe(1);
    expect(t.lockRadius).toBe(0);
    expect(t.narration).toEqual({ playing: false, startedAt: T0 + 5000, offsetMs: 0 });
    expect(t.spotlight).toBeNull();
    expect(done(rules.gotoStop(t, 2, T0)).stop).toBe(2);
    expect(done(rules.prevStop(t, T0)).stop).toBe(0);
  });
  it("refuses stops that do not exist, changing nothing", () => {
    const t = fresh();
    refused(rules.prevStop(t, T0), ErrorCode.NoSuchStop);
    refused(rules.gotoStop(t, 3, T0), ErrorCode.NoSuchStop);
    refused(rules.gotoStop(t, -1, T0), ErrorCode.NoSuchStop);
    refused(rules.gotoStop(t, 1.5, T0), ErrorCode.NoSuchStop);
    refused(rules.nextStop(done(rules.gotoStop(t, 2, T0)), T0), ErrorCode.NoSuchStop);
    expect(t.stop).toBe(0);
  });
  it("going to the current stop keeps its narration running", () => {
    const t = done(rules.narrate(fresh(), { action: "play" }, T0));
    expect(done(rules.gotoStop(t, 0, T0 + 9000))).toBe(t);
  });
});

describe("narration", () => {
  it("play, pause and seek on the server clock", () => {
    let t = done(rules.narrate(fresh(), { action: "play" }, T0));
    t = done(rules.narrate(t, { action: "seek", toSec: 30 }, T0 + 2000));
    expect(narrationPositionMs(t.narration, T0 + 5000)).toBe(33_000);
    t = done(rules.narrate(t, { action: "pause" }, T0 + 5000));
    expect(narrationPositionMs(t.narration, T0 + 99_000)).toBe(33_000);
  });
  it("is refused while the guide is away", () => {
    refused(rules.narrate(rules.guideAway(fresh(), T0), { action: "play" }, T0), ErrorCode.NotNow);
  });
});

describe("the guide's absence", () => {
  it("pauses the tour and the narration, and the guide's return resumes both", () => {
    const playing = done(rules.narrate(fresh(), { action: "play" }, T0));
    const away = rules.guideAway(playing, T0 + 10_000);
    expect(away.status).toBe(TourStatus.GuideAway);
    expect(narrationPositionMs(away.narration, T0 + 60_000)).toBe(10_000);
    const back = rules.guideBack(away, T0 + 60_000);
    expect(back.status).toBe(TourStatus.Running);
    expect(narrationPositionMs(back.narration, T0 + 61_000)).toBe(11_000);
  });
  it("a paused narration stays paused when the guide returns", () => {
    const back = rules.guideBack(rules.guideAway(fresh(), T0), T0 + 1000);
    expect(back.narration.playing).toBe(false);
  });
  it("a co-guide who is connected takes over; without one there is nobody", () => {
    const t = withMembers("a", "co");
    expect(rules.successorOf(t, roleOf, () => true)).toBe("co");
    expect(rules.successorOf(t, roleOf, (id) => id !== "co")).toBeNull();
    expect(rules.successorOf(withMembers("a", "b"), roleOf, () => true)).toBeNull();
  });
});

describe("hand-over", () => {
  it("to a co-guide in the tour", () => {
    const t = done(rules.handOver(withMembers("a", "co"), "co", roleOf));
    expect(t.guide).toBe("co");
    expect(t.guideName).toBe("CO");
    expect(t.members.g).toBeDefined(); // the old guide stays, as a member
  });
  it("refused to a visitor, a stranger or oneself", () => {
    const t = withMembers("a", "co");
    refused(rules.handOver(t, "a", roleOf), ErrorCode.NotGuide);
    refused(rules.handOver(t, "zz", roleOf), ErrorCode.NoSuchMember);
    refused(rules.handOver(t, "g", roleOf), ErrorCode.NotNow);
  });
});

describe("members", () => {
  it("join once, leave with their name remembered; the guide cannot just leave", () => {
    let t = withMembers("a", "b");
    expect(done(rules.addMember(t, "a", "A"))).toBe(t);
    t = done(rules.removeMember(t, "a"));
    expect(Object.keys(t.members).sort()).toEqual(["b", "g"]);
    expect(t.left).toEqual(["A"]);
    refused(rules.removeMember(t, "a"), ErrorCode.NotInTour);
    refused(rules.removeMember(t, "g"), ErrorCode.NotNow);
  });
  it("raise hands in order; the guide lowers one", () => {
    let t = withMembers("a", "b");
    t = done(rules.raiseHand(t, "b", true));
    t = done(rules.raiseHand(t, "a", true));
    expect(t.members.b.hand).toBeLessThan(t.members.a.hand);
    expect(done(rules.raiseHand(t, "b", true))).toBe(t); // raising again keeps the place
    t = done(rules.lowerHand(t, "b"));
    expect(t.members.b.hand).toBe(0);
    refused(rules.lowerHand(t, "nobody"), ErrorCode.NoSuchMember);
  });
  it("follow: invited, accepted, declined; not without an invitation", () => {
    let t = withMembers("a", "b");
    refused(rules.answerFollow(t, "a", true), ErrorCode.NotNow);
    t = done(rules.inviteToFollow(t, true));
    expect(t.members.a.follow).toBe(FollowState.Invited);
    expect(t.members.g.follow).toBe(FollowState.Off);
    t = done(rules.answerFollow(t, "a", true));
    t = done(rules.answerFollow(t, "b", false));
    expect([t.members.a.follow, t.members.b.follow]).toEqual([FollowState.Following, FollowState.Off]);
    // Inviting again keeps those already following; releasing stops everyone.
    expect(done(rules.inviteToFollow(t, true)).members.a.follow).toBe(FollowState.Following);
    expect(done(rules.inviteToFollow(t, false)).members.a.follow).toBe(FollowState.Off);
  });
});

describe("announcements and spotlight", () => {
  it("announcements are cleaned and counted", () => {
    const t = done(rules.announce(fresh(), "  Meet at the\nbridge <b>now</b> "));
    expect(t.announcement).toBe("Meet at the bridge b now /b");
    expect(done(rules.announce(t, t.announcement)).announceSeq).toBe(2);
  });
  it("announcements are well-formed, without invisible characters, and cut on whole characters", () => {
    expect(done(rules.announce(fresh(), "Gate\uD800 \u202Eclosed\u200B")).announcement).toBe("Gate\uFFFD closed");
    const long = done(rules.announce(fresh(), "a".repeat(199) + "👨‍👩‍👧")).announcement;
    expect(long).toBe("a".repeat(199) + "👨‍👩‍👧"); // 200 characters: the family is one
    expect(done(rules.announce(fresh(), "😀".repeat(200))).announcement).toBe("😀".repeat(150)); // 600 bytes
  });
  it("a spotlight on something that does not exist is refused", () => {
    refused(rules.spotlight(fresh(), { kind: "landmark", id: "atlantis" }, "no landmark"), ErrorCode.InvalidPlan);
    expect(done(rules.spotlight(fresh(), null, null)).spotlight).toBeNull();
  });
});

describe("lock radius", () => {
  const lock = { centre: { x: 10, z: 10 }, radius: 5 };
  it("keeps a member inside the circle", () => {
    expect(clampToLock({ x: 12, z: 10 }, lock)).toEqual({ x: 12, z: 10 });
    const p = clampToLock({ x: 30, z: 10 }, lock);
    expect(p.x).toBeCloseTo(15);
    expect(p.z).toBeCloseTo(10);
    const q = clampToLock({ x: 20, z: 20 }, lock);
    expect(Math.hypot(q.x - 10, q.z - 10)).toBeCloseTo(5);
  });
  it("a nonsense position lands on the centre", () => {
    expect(clampToLock({ x: Number.NaN, z: 0 }, lock)).toEqual({ x: 10, z: 10 });
  });
});

describe("headcount", () => {
  const guide = { sceneId: "bund", x: 0, z: 0, connected: true };
  it("with the group, behind, elsewhere, offline", () => {
    expect(memberPlace({ ...guide, x: 5 }, guide)).toBe(MemberPlace.With);
    expect(memberPlace({ ...guide, x: 50 }, guide)).toBe(MemberPlace.Behind);
    expect(memberPlace({ ...guide, sceneId: "ceramics" }, guide)).toBe(MemberPlace.Elsewhere);
    expect(memberPlace({ ...guide, connected: false }, guide)).toBe(MemberPlace.Offline);
    expect(summarize([0, 0, 1, 2, 3])).toEqual({ with: 2, behind: 1, elsewhere: 1, offline: 1 });
  });
});

describe("placement settling", () => {
  const placement = { x: 10, z: 10, until: 1000 };
  it("ignores stale poses far from the placement until the client has applied it or time is up", () => {
    expect(judgePose({ x: 50, z: 50 }, placement, 500)).toBe("ignore");
    expect(judgePose({ x: 10.5, z: 10 }, placement, 500)).toBe("accept-and-settle");
    expect(judgePose({ x: 50, z: 50 }, placement, 1000)).toBe("accept-and-settle");
    expect(judgePose({ x: 50, z: 50 }, undefined, 500)).toBe("accept");
  });
});

describe("plan checks against the museum", () => {
  const content = miniContent(new Set(["cer-0001", "cer-0002", "cer-0003"]));
  it("a plan that fits has no problems", () => {
    expect(planProblems(tourPlan(), content)).toEqual([]);
  });
  it("names each problem's path: unknown scene, landmark, exhibit, and places one cannot stand", () => {
    const plan = tourPlan({
      stops: [
        tourStop({ id: "a", sceneId: "atlantis" }),
        tourStop({ id: "b", target: { kind: "landmark", id: "eiffel-tower" } }),
        tourStop({ id: "c", sceneId: "mini-hall", place: { x: 0, z: 0 }, target: { kind: "exhibit", id: "brz-0001" } }),
        tourStop({ id: "d", place: { x: -20, z: 50 } }),
        tourStop({ id: "e", place: { x: 100, z: 50 } }),
      ],
    });
    const problems = planProblems(plan, content);
    expect(problems.map((p) => p.path)).toEqual([
      "stops[0].sceneId",
      "stops[1].target.id",
      "stops[2].target.id",
      "stops[3].place",
      "stops[4].place",
    ]);
    expect(problems[0].message).toMatch(/no scene "atlantis"/);
    expect(problems[1].message).toMatch(/eiffel-tower/);
    expect(problems[2].message).toMatch(/brz-0001.*catalog/);
  });
  it("without a catalog, an exhibit must be on display in the stop's scene", () => {
    const hall = miniContent().scenes.get("mini-hall")!;
    expect(targetProblem({ kind: "exhibit", id: "brz-0001" }, hall)).toBeNull();
    expect(targetProblem({ kind: "exhibit", id: "xyz-9999" }, hall)).toMatch(/not on display/);
  });
  it("the snapshot written through leaves the plan out", () => {
    expect(tourSnapshot(fresh())).not.toHaveProperty("plan");
  });
});

describe("join codes", () => {
  it("skip codes in use", async () => {
    const { newJoinCode } = await import("../../../server/logic/joinCode");
    let i = 0;
    const sequence = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const code = newJoinCode(
      (c) => c === "AAAAAA",
      () => sequence[i++],
    );
    expect(code).toBe("BBBBBB");
  });
});

describe("ids from messages", () => {
  it("an id like __proto__ finds no member", () => {
    const t = withMembers("a");
    refused(rules.lowerHand(t, "__proto__"), ErrorCode.NoSuchMember);
    refused(rules.handOver(t, "constructor", roleOf), ErrorCode.NoSuchMember);
  });
});
