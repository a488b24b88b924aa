// The room's lesson desk: a group's writing lesson (validate → pure rule in server/logic/writingLessons.ts → send).
// Members' finished sheets go to the leading guide alone (one message each, whatever the group's size); the guide's
// "show this one" sends the kept sheet to everyone in the tour, at most once a second; a guide whose board was
// emptied (a reload, a reconnection) asks for the kept sheets again, at most every 5 s. Nothing is in the room state:
// sheets are kept here, per tour, only while its stop has a lesson.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import { ErrorCode } from "../../common/messageTypes";
import { LessonResendSchema, LessonSheetSchema, LessonShowSchema } from "../../common/ink/lessonMessages";
import { LessonMessage, type LessonShownMessage } from "../../common/ink/lessonWire";
import type { LiveTour } from "../logic/liveTour";
import { mayLead } from "../logic/tourCommands";
import { resendSheets, showSheet, takeSheet, type KeptLesson } from "../logic/writingLessons";
import type { TourRoomPort } from "./tourRoomPort";

export type LessonRoomPort = Pick<TourRoomPort, "state" | "onMessage" | "check" | "refuse" | "clientOf">;

export class LessonDesk {
  private readonly kept = new Map<string, KeptLesson>();

  constructor(
    private readonly room: LessonRoomPort,
    private readonly tourOf: (sessionId: string) => LiveTour | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  listen(): void {
    this.on(LessonMessage.Sheet, LessonSheetSchema, (client, msg) => {
      const t = this.tourOf(client.sessionId);
      if (!t) return this.room.refuse(client, LessonMessage.Sheet, ErrorCode.NotInTour, "you are not in a tour");
      const out = takeSheet(t, this.kept.get(t.code), client.sessionId, msg, this.now());
      if (!out.ok) return this.room.refuse(client, LessonMessage.Sheet, out.code, out.message);
      this.keep(t.code, out.kept);
      this.room.clientOf(out.relay.to)?.send(LessonMessage.Sheet, out.relay.sheet);
    });
    this.on(LessonMessage.Show, LessonShowSchema, (client, msg) => {
      const role = this.room.state.visitors.get(client.sessionId)?.role ?? 0;
      const may = mayLead(this.tourOf(client.sessionId), client.sessionId, role);
      if (!may.ok) return this.room.refuse(client, LessonMessage.Show, may.code, may.message);
      const out = showSheet(may.tour, this.kept.get(may.tour.code), msg.member, this.now());
      if (!out.ok) return this.room.refuse(client, LessonMessage.Show, out.code, out.message);
      this.keep(may.tour.code, out.kept);
      const body: LessonShownMessage = out.shown ?? { member: null };
      for (const id of out.to) this.room.clientOf(id)?.send(LessonMessage.Shown, body);
    });
    this.on(LessonMessage.Resend, LessonResendSchema, (client) => {
      const role = this.room.state.visitors.get(client.sessionId)?.role ?? 0;
      const may = mayLead(this.tourOf(client.sessionId), client.sessionId, role);
      if (!may.ok) return this.room.refuse(client, LessonMessage.Resend, may.code, may.message);
      const out = resendSheets(may.tour, this.kept.get(may.tour.code), this.now());
      if (!out.ok) return this.room.refuse(client, LessonMessage.Resend, out.code, out.message);
      this.keep(may.tour.code, out.kept);
      for (const sheet of out.sheets) client.send(LessonMessage.Sheet, sheet);
    });
  }

  private keep(code: string, lesson: KeptLesson): void {
    this.kept.set(code, lesson);
    // Tours that ended take their sheets with them (checked here: a lesson message is the only thing that adds).
    for (const c of this.kept.keys()) if (!this.room.state.tours.has(c)) this.kept.delete(c);
  }

  private on<T>(type: string, schema: z.ZodType<T>, run: (client: Client, msg: T) => void): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      if (msg) run(client, msg.value);
    });
  }
}
