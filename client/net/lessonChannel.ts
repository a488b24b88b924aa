// A group lesson's half of the room link: a member's finished sheet and the guide's "show this one" go out; the
// members' sheets (to the guide) and the sheet shown to the group come in. Attached again after a reconnection, when
// the guide asks for the kept sheets again.
import type { Room } from "colyseus.js";
import {
  LessonMessage,
  type LessonSheetInput,
  type LessonSheetMessage,
  type LessonShownMessage,
} from "../../common/ink/lessonWire";

export interface LessonEvents {
  /** A member's latest sheet (the leading guide only receives these). */
  sheet(m: LessonSheetMessage): void;
  /** The sheet the guide shows everyone, or `member: null` when taken down. */
  shown(m: LessonShownMessage): void;
}

export interface LessonChannel {
  sendSheet(sheet: LessonSheetInput): void;
  show(member: string | null): void;
  /** The leading guide asks for the members' kept sheets again (they come in as `sheet`). */
  askForSheets(): void;
}

export function attachLessonChannel(room: Room, on: LessonEvents): LessonChannel {
  room.onMessage(LessonMessage.Sheet, (m: LessonSheetMessage) => on.sheet(m));
  room.onMessage(LessonMessage.Shown, (m: LessonShownMessage) => on.shown(m));
  return {
    sendSheet: (sheet) => room.send(LessonMessage.Sheet, sheet),
    show: (member) => room.send(LessonMessage.Show, { member }),
    askForSheets: () => room.send(LessonMessage.Resend, {}),
  };
}
