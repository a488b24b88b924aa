// A group's writing lesson as pure rules: sheets kept per member (the latest) and relayed to the leading guide only
// while the stop has a lesson and for its character, at a member's pace; the guide shows one to the whole group;
// a lesson at another stop starts afresh; plans put lessons only at a studio's desk.
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../common/messageTypes";
import { TourPlanSchema } from "../../../common/tour";
import { sceneTargets } from "../../../server/content/tourContent";
import { createLiveTour, type LiveTour } from "../../../server/logic/liveTour";
import * as rules from "../../../server/logic/tourCommands";
import { planProblems } from "../../../server/logic/tourPlanCheck";
import {
  keptFor,
  RESEND_INTERVAL_MS,
  resendSheets,
  SHEET_INTERVAL_MS,
  SHOW_INTERVAL_MS,
  showSheet,
  takeSheet,
  type KeptLesson,
} from "../../../server/logic/writingLessons";
import { lessonPlan, STUDIO_ID, studioScene } from "../../fixtures/lessonPlan";
import { miniContent } from "../../fixtures/tourContent";
import { tourStop } from "../../fixtures/tourPlan";

const T0 = 1_800_000_000_000;
type Refusal = { ok: false; code: string; message: string };
const ok = <T extends { ok: true } | Refusal>(o: T): Extract<T, { ok: true }> => {
  if (!o.ok) throw new Error(`refused: ${(o as Refusal).message}`);
  return o as Extract<T, { ok: true }>;
};
const refused = (o: { ok: true } | Refusal, code: string) => {
  expect(o.ok).toBe(false);
  if (!o.ok) {
    expect(o.code).toBe(code);
    expect(o.message.length).toBeGreaterThan(5);
  }
};

/** A tour of the lesson plan with members a and b, at stop `stop` (1 is the lesson). */
function tourAt(stop: number): LiveTour {
  let t = createLiveTour({ code: "K7QM3D", plan: lessonPlan(), guide: "g", guideName: "Mei", now: T0 });
  for (const id of ["a", "b"]) t = ok(rules.addMember(t, id, id.toUpperCase())).tour;
  return stop === 0 ? t : ok(rules.gotoStop(t, stop, T0)).tour;
}
const sheet = (char = "永") => ({ char, strokes: [[100, 600, 0, 50, 300, 600, 80, 70]] });

describe("a group's writing lesson", () => {
  it("keeps each member's latest sheet and relays it, named, to the leading guide only", () => {
    const t = tourAt(1);
    const first = ok(takeSheet(t, undefined, "a", sheet(), T0));
    expect(first.relay).toEqual({ to: "g", sheet: { member: "a", name: "A", ...sheet() } });
    const second = ok(takeSheet(t, first.kept, "b", sheet(), T0 + 10));
    const again = { char: "永", strokes: [[0, 0, 0, -1, 10, 10, 5, -1]] };
    const third = ok(takeSheet(t, second.kept, "a", again, T0 + SHEET_INTERVAL_MS));
    expect([...third.kept.sheets.keys()].sort()).toEqual(["a", "b"]);
    expect(third.kept.sheets.get("a")!.strokes).toEqual(again.strokes);
  });

  it("refuses a sheet with no lesson at the stop, of another character, from the guide or a stranger, or too soon", () => {
    refused(takeSheet(tourAt(0), undefined, "a", sheet(), T0), ErrorCode.NotNow);
    const t = tourAt(1);
    refused(takeSheet(t, undefined, "a", sheet("和"), T0), ErrorCode.NotNow);
    refused(takeSheet(t, undefined, "g", sheet(), T0), ErrorCode.NotNow);
    refused(takeSheet(t, undefined, "zz", sheet(), T0), ErrorCode.NotInTour);
    const kept = ok(takeSheet(t, undefined, "a", sheet(), T0)).kept;
    const soon = takeSheet(t, kept, "a", sheet(), T0 + SHEET_INTERVAL_MS - 1);
    refused(soon, ErrorCode.TooSoon);
    expect(!soon.ok && soon.message).toMatch(/in 1 s/);
  });

  it("shows a kept sheet to everyone in the tour, takes it down, at most once a second", () => {
    const t = tourAt(1);
    const kept = ok(takeSheet(t, undefined, "b", sheet(), T0)).kept;
    const shown = ok(showSheet(t, kept, "b", T0));
    expect(shown.shown).toMatchObject({ member: "b", name: "B", char: "永" });
    expect(shown.to.sort()).toEqual(["a", "b", "g"]);
    refused(showSheet(t, shown.kept, null, T0 + SHOW_INTERVAL_MS - 1), ErrorCode.TooSoon);
    expect(ok(showSheet(t, shown.kept, null, T0 + SHOW_INTERVAL_MS)).shown).toBeNull();
    refused(showSheet(t, kept, "a", T0), ErrorCode.NoSuchMember);
    refused(showSheet(tourAt(0), kept, "b", T0), ErrorCode.NotNow);
  });

  it("sends the kept sheets again to a guide whose board was emptied, at most every few seconds", () => {
    const t = tourAt(1);
    let kept: KeptLesson = ok(takeSheet(t, undefined, "a", sheet(), T0)).kept;
    kept = ok(takeSheet(t, kept, "b", sheet(), T0)).kept;
    const again = ok(resendSheets(t, kept, T0 + 1));
    expect(again.sheets.map((m) => m.member).sort()).toEqual(["a", "b"]);
    const soon = resendSheets(t, again.kept, T0 + RESEND_INTERVAL_MS);
    refused(soon, ErrorCode.TooSoon);
    expect(!soon.ok && soon.message).toMatch(/in 1 s/);
    expect(ok(resendSheets(t, again.kept, T0 + 1 + RESEND_INTERVAL_MS)).sheets).toHaveLength(2);
    expect(ok(resendSheets(t, undefined, T0)).sheets).toEqual([]);
    refused(resendSheets(tourAt(0), kept, T0), ErrorCode.NotNow);
  });

  it("starts afresh at another lesson, and forgets the sheets of members who left", () => {
    const t = tourAt(1);
    let kept: KeptLesson = ok(takeSheet(t, undefined, "a", sheet(), T0)).kept;
    kept = ok(takeSheet(t, kept, "b", sheet(), T0)).kept;
    const without = ok(rules.removeMember(t, "a")).tour;
    expect([...keptFor(without, kept)!.sheets.keys()]).toEqual(["b"]);
    const elsewhere = { ...t, plan: { ...t.plan, stops: t.plan.stops.map((s) => ({ ...s, id: `${s.id}-2` })) } };
    expect(keptFor(elsewhere, kept)!.sheets.size).toBe(0);
    expect(keptFor(tourAt(0), kept)).toBeNull();
  });
});

describe("lesson stops in plans", () => {
  const content = () => {
    const c = miniContent();
    return { ...c, scenes: new Map([...c.scenes, [STUDIO_ID, sceneTargets(studioScene())]]) };
  };

  it("are given at a studio's desk, with a character of the studio's lessons", () => {
    expect(planProblems(lessonPlan(), content())).toEqual([]);
    const atStreet = lessonPlan();
    atStreet.stops[0] = tourStop({ lesson: { char: "永" } });
    expect(planProblems(atStreet, content())).toEqual([
      { path: "stops[0].lesson", message: expect.stringMatching(/studio's desk: scene "mini" has none/) },
    ]);
    const unknown = TourPlanSchema.safeParse(lessonPlan("龍"));
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues[0].message).toMatch(/"龍" is not a character of the studio's lessons/);
  });
});
