// A writing lesson in a real room, with a guide and two members: at the lesson stop each member's finished sheet goes
// to the guide alone (named, the latest kept) and again when the guide asks, the guide shows one to the whole group and
// takes it down; sheets of
// another character, before the lesson, too soon, or malformed are refused to their sender alone.
import type { Room as ClientRoom } from "colyseus.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LessonMessage, type LessonSheetMessage, type LessonShownMessage } from "../../../common/ink/lessonWire";
import { ErrorCode, MessageType } from "../../../common/messageTypes";
import { expectRefused, inbox, startHarness, type Harness } from "../../fixtures/tourRoomHarness";
import { roundTrip, tourIn } from "../../fixtures/roomClients";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.closeAll());
afterAll(() => h.colyseus.shutdown());

/** Everything of the lesson a client receives. */
function lessonBox(r: ClientRoom) {
  const sheets: LessonSheetMessage[] = [];
  const shown: LessonShownMessage[] = [];
  r.onMessage(LessonMessage.Sheet, (m: LessonSheetMessage) => sheets.push(m));
  r.onMessage(LessonMessage.Shown, (m: LessonShownMessage) => shown.push(m));
  return { sheets, shown };
}

async function lessonGroup() {
  const guide = await h.guide("Mei Lin");
  const code = await h.startTour(guide, "mini-lesson");
  const members = [await h.joinTour("Ann", code, guide.roomId), await h.joinTour("Bo", code, guide.roomId)];
  await vi.waitFor(() => expect(tourIn(guide, code).members.size).toBe(3));
  const all = [guide, ...members];
  return { guide, code, members, lesson: all.map(lessonBox), errors: all.map(inbox) };
}
const sheet = (char = "永", x = 100) => ({ char, strokes: [[x, 600, 0, 40, x + 200, 600, 90, 80]] });

describe("a writing lesson for a group", () => {
  it("relays each member's sheet to the guide alone, and shows the one the guide picks to everyone", async () => {
    const { guide, code, members, lesson, errors } = await lessonGroup();
    // Before the lesson stop, a sheet is refused to its sender.
    members[0].send(LessonMessage.Sheet, sheet());
    await expectRefused(errors[1], ErrorCode.NotNow, LessonMessage.Sheet);
    guide.send(MessageType.TourNext);
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(1));

    members[0].send(LessonMessage.Sheet, sheet("永", 100));
    members[1].send(LessonMessage.Sheet, sheet("永", 140));
    await vi.waitFor(() => expect(lesson[0].sheets).toHaveLength(2));
    expect(lesson[0].sheets.map((s) => [s.name, s.member]).sort()).toEqual(
      [
        ["Ann", members[0].sessionId],
        ["Bo", members[1].sessionId],
      ].sort(),
    );
    expect(lesson[0].sheets.find((s) => s.name === "Bo")!.strokes).toEqual(sheet("永", 140).strokes);
    await roundTrip(members[0]);
    await roundTrip(members[1]);
    expect(lesson[1].sheets.concat(lesson[2].sheets), "members get nobody's sheet").toEqual([]);

    // A guide whose board was emptied (a reload) asks again and gets the kept sheets, to itself alone.
    guide.send(LessonMessage.Resend, {});
    await vi.waitFor(() => expect(lesson[0].sheets).toHaveLength(4));
    expect(
      lesson[0].sheets
        .slice(2)
        .map((s) => s.name)
        .sort(),
    ).toEqual(["Ann", "Bo"]);

    guide.send(LessonMessage.Show, { member: members[1].sessionId });
    for (const box of lesson) await vi.waitFor(() => expect(box.shown).toHaveLength(1));
    for (const box of lesson) expect(box.shown[0]).toMatchObject({ member: members[1].sessionId, name: "Bo" });
    await new Promise((r) => setTimeout(r, 1000)); // the show's pace: once a second
    guide.send(LessonMessage.Show, { member: null });
    for (const box of lesson) await vi.waitFor(() => expect(box.shown[1]).toEqual({ member: null }));
  });

  it("refuses a member's show, another character, a second sheet too soon, a bad sheet, an unsent one", async () => {
    const { guide, code, members, lesson, errors } = await lessonGroup();
    guide.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tourIn(members[0], code).stop).toBe(1));
    members[0].send(LessonMessage.Show, { member: members[0].sessionId });
    await expectRefused(errors[1], ErrorCode.NotGuide, LessonMessage.Show);
    members[0].send(LessonMessage.Resend, {});
    await expectRefused(errors[1], ErrorCode.NotGuide, LessonMessage.Resend);
    guide.send(LessonMessage.Resend, { all: true });
    await expectRefused(errors[0], ErrorCode.InvalidMessage, LessonMessage.Resend);
    members[0].send(LessonMessage.Sheet, sheet("和"));
    await vi.waitFor(() => expect(errors[1].errors.at(-1)!.message).toMatch(/this lesson is "永", not "和"/));
    members[0].send(LessonMessage.Sheet, sheet());
    members[0].send(LessonMessage.Sheet, sheet());
    await expectRefused(errors[1], ErrorCode.TooSoon, LessonMessage.Sheet);
    members[1].send(LessonMessage.Sheet, { char: "永", strokes: [[1, 2, 3]] });
    await expectRefused(errors[2], ErrorCode.InvalidMessage, LessonMessage.Sheet);
    expect(errors[2].errors.at(-1)!.message).toMatch(/4 numbers a point/);
    guide.send(LessonMessage.Show, { member: members[1].sessionId });
    await vi.waitFor(() => expect(errors[0].errors.at(-1)?.message).toMatch(/Bo has not sent a sheet yet/));
    await roundTrip(guide);
    expect(lesson[0].sheets).toHaveLength(1);
    expect(lesson.every((b) => b.shown.length === 0)).toBe(true);
  });
});
