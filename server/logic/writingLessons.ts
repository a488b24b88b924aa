// A group's writing lesson, as rules: while the guide is at a stop with a lesson, each member's finished sheet of its
// character is kept (the latest one a member, at most one every few seconds) and goes to the leading guide; the guide
// may show one member's sheet to the whole group. Pure: a tour, what is kept and a message in, an outcome out.
import { ErrorCode } from "../../common/messageTypes";
import type { LessonSheetInput, LessonSheetMessage } from "../../common/ink/lessonWire";
import { currentStop, memberOf, type LiveTour } from "./liveTour";

/** A member sends a finished sheet at most this often: writing a character takes longer than this. */
export const SHEET_INTERVAL_MS = 3000;
/** The guide shows a sheet at most this often (showing one costs a message to every member). */
export const SHOW_INTERVAL_MS = 1000;
/** The kept sheets go to the guide again at most this often (it costs a message for each member who sent one). */
export const RESEND_INTERVAL_MS = 5000;

/** What the room keeps of one tour's lesson: for the stop it was given at. */
export interface KeptLesson {
  stopId: string;
  char: string;
  /** The latest sheet of each member, by session id. */
  sheets: ReadonlyMap<string, LessonSheetMessage>;
  /** When each member last sent one (ms). */
  sentAt: ReadonlyMap<string, number>;
  lastShow: number;
  lastResend: number;
}

type Refusal = { ok: false; code: ErrorCode; message: string };
const refuse = (code: ErrorCode, message: string): Refusal => ({ ok: false, code, message });

/** The lesson at the tour's stop now, or null. */
export function lessonNow(t: LiveTour): { stopId: string; char: string } | null {
  const stop = currentStop(t);
  return stop?.lesson ? { stopId: stop.id, char: stop.lesson.char } : null;
}

/** What is kept, for the lesson now: a lesson at another stop (or none) starts afresh; members gone are dropped. */
export function keptFor(t: LiveTour, kept: KeptLesson | undefined): KeptLesson | null {
  const now = lessonNow(t);
  if (!now) return null;
  if (!kept || kept.stopId !== now.stopId || kept.char !== now.char)
    return { ...now, sheets: new Map(), sentAt: new Map(), lastShow: -Infinity, lastResend: -Infinity };
  const inTour = (id: string) => memberOf(t, id) !== undefined;
  if ([...kept.sheets.keys()].every(inTour)) return kept;
  return {
    ...kept,
    sheets: new Map([...kept.sheets].filter(([id]) => inTour(id))),
    sentAt: new Map([...kept.sentAt].filter(([id]) => inTour(id))),
  };
}

export type SheetOutcome = { ok: true; kept: KeptLesson; relay: { to: string; sheet: LessonSheetMessage } } | Refusal;

/** A member's finished sheet: kept as their latest and relayed to the leading guide. */
export function takeSheet(
  t: LiveTour,
  kept: KeptLesson | undefined,
  member: string,
  sheet: LessonSheetInput,
  now: number,
): SheetOutcome {
  const record = memberOf(t, member);
  if (!record) return refuse(ErrorCode.NotInTour, "you are not in this tour");
  if (member === t.guide) return refuse(ErrorCode.NotNow, "the guide's own sheet is not collected");
  const lesson = keptFor(t, kept);
  if (!lesson) return refuse(ErrorCode.NotNow, "there is no writing lesson at this stop");
  if (sheet.char !== lesson.char)
    return refuse(ErrorCode.NotNow, `this lesson is "${lesson.char}", not "${sheet.char}"`);
  const last = lesson.sentAt.get(member);
  if (last !== undefined && now - last < SHEET_INTERVAL_MS) {
    const wait = Math.ceil((SHEET_INTERVAL_MS - (now - last)) / 1000);
    return refuse(ErrorCode.TooSoon, `a sheet was sent a moment ago: send again in ${wait} s`);
  }
  const message: LessonSheetMessage = { member, name: record.name, char: sheet.char, strokes: sheet.strokes };
  return {
    ok: true,
    kept: {
      ...lesson,
      sheets: new Map(lesson.sheets).set(member, message),
      sentAt: new Map(lesson.sentAt).set(member, now),
    },
    relay: { to: t.guide, sheet: message },
  };
}

export type ShowOutcome = { ok: true; kept: KeptLesson; shown: LessonSheetMessage | null; to: string[] } | Refusal;

/** The guide shows a member's kept sheet to everyone in the tour (`member` null takes it down). */
export function showSheet(t: LiveTour, kept: KeptLesson | undefined, member: string | null, now: number): ShowOutcome {
  const lesson = keptFor(t, kept);
  if (!lesson) return refuse(ErrorCode.NotNow, "there is no writing lesson at this stop");
  if (now - lesson.lastShow < SHOW_INTERVAL_MS)
    return refuse(ErrorCode.TooSoon, "a sheet was shown a moment ago: show the next in a second");
  const shown = member === null ? null : (lesson.sheets.get(member) ?? null);
  if (member !== null && !shown) {
    const who = memberOf(t, member)?.name;
    return refuse(ErrorCode.NoSuchMember, who ? `${who} has not sent a sheet yet` : "no such member in this tour");
  }
  return { ok: true, kept: { ...lesson, lastShow: now }, shown, to: Object.keys(t.members) };
}

export type ResendOutcome = { ok: true; kept: KeptLesson; sheets: LessonSheetMessage[] } | Refusal;

/** The leading guide asks for the kept sheets again (its board was emptied by a reload or a reconnection). */
export function resendSheets(t: LiveTour, kept: KeptLesson | undefined, now: number): ResendOutcome {
  const lesson = keptFor(t, kept);
  if (!lesson) return refuse(ErrorCode.NotNow, "there is no writing lesson at this stop");
  if (now - lesson.lastResend < RESEND_INTERVAL_MS) {
    const wait = Math.ceil((RESEND_INTERVAL_MS - (now - lesson.lastResend)) / 1000);
    return refuse(ErrorCode.TooSoon, `the sheets were sent a moment ago: ask again in ${wait} s`);
  }
  return { ok: true, kept: { ...lesson, lastResend: now }, sheets: [...lesson.sheets.values()] };
}
