// The room's tour desk: routes tour messages (validate → cooldown → pure rule in server/logic → commit: mirror into the
// state, mark for the store's next group commit; server/rooms/TourBook.ts) and hands the guide's and members' comings
// and goings to its attendance. Owns no socket and no timer: the room calls flush() before each patch.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import * as M from "../../common/messages";
import {
  ErrorCode,
  MessageType,
  TourEndReason,
  VisitorRole,
  type ClockReply,
  type TourEndedMessage,
  type TourStartedMessage,
} from "../../common/messageTypes";
import { tourLink, type TourPlan } from "../../common/tour";
import type { TourRoomPort, TourSettings } from "./tourRoomPort";
import { newJoinCode } from "../logic/joinCode";
import { createLiveTour, type LiveTour, type Outcome } from "../logic/liveTour";
import type { SceneLock } from "../logic/lockRoaming";
import * as rules from "../logic/tourCommands";
import { createGatherCache } from "../logic/gatherCache";
import { createMemberCooldowns, tooSoonMessage, type CooledCommand } from "../logic/memberCooldown";
import { planProblems } from "../logic/tourPlanCheck";
import { gatherMembers, lockStragglers, spotNearGuide, type Placing } from "./tourPlacement";
import { TourAttendance } from "./TourAttendance";
import { TourBook } from "./TourBook";
import { guideInsideLock, lockOf, spotlightProblem } from "./tourWhereabouts";

type Handler<T> = (t: LiveTour, msg: T, client: Client, now: number) => Outcome | void;

export type { TourRoomPort, TourSettings } from "./tourRoomPort";

export class TourDesk {
  private readonly book: TourBook;
  /** Joins, seats reclaimed, drops, returns and departures, called by the room. */
  readonly attendance: TourAttendance;
  private readonly cooldowns = createMemberCooldowns();
  /** Gather spots, reused until the guide moves or the group outgrows them (bounded: least recently used goes). */
  private readonly spots = createGatherCache();
  /** Told when a guide removed a member (the moderation log keeps it). */
  removed?: (guide: string, member: string) => void;

  constructor(
    private readonly room: TourRoomPort,
    private readonly settings: TourSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.book = new TourBook(room, settings, now);
    const desk = {
      end: (t: LiveTour, reason: TourEndReason) => this.end(t, reason),
      forget: (id: string) => this.cooldowns.forget(id),
    };
    this.attendance = new TourAttendance(room, this.book, desk, now);
  }

  /** Registers every tour message with the room. */
  listen(): void {
    const r = this.room;
    r.onMessage(MessageType.Clock, (client, raw) => {
      const msg = r.check(client, MessageType.Clock, M.ClockMessageSchema, raw);
      if (msg) client.send(MessageType.Clock, { t: msg.value.t, s: this.now() } satisfies ClockReply);
    });
    this.onMember(MessageType.TourStart, M.TourStartMessageSchema, (client, msg) => this.start(client, msg.planId));
    this.onMember(MessageType.TourJoin, M.TourJoinMessageSchema, (client, msg) =>
      this.attendance.join(client, msg.code),
    );
    this.lead(MessageType.TourNext, M.TourNextMessageSchema, (t, _m, _c, now) => rules.nextStop(t, now));
    this.lead(MessageType.TourPrev, M.TourPrevMessageSchema, (t, _m, _c, now) => rules.prevStop(t, now));
    this.lead(MessageType.TourGoto, M.TourGotoMessageSchema, (t, m, _c, now) => rules.gotoStop(t, m.stop, now));
    this.lead(MessageType.TourNarration, M.TourNarrationMessageSchema, (t, m, _c, now) => rules.narrate(t, m, now));
    this.lead(MessageType.TourAnnounce, M.TourAnnounceMessageSchema, (t, m) => rules.announce(t, m.text));
    this.lead(MessageType.TourFollow, M.TourFollowMessageSchema, (t, m) => rules.inviteToFollow(t, m.on));
    this.lead(MessageType.TourLowerHand, M.TourLowerHandMessageSchema, (t, m) => rules.lowerHand(t, m.member));
    this.lead(MessageType.TourHandover, M.TourHandoverMessageSchema, (t, m) =>
      rules.handOver(t, m.to, (id) => this.room.state.visitors.get(id)?.role),
    );
    this.lead(MessageType.TourSpotlight, M.TourSpotlightMessageSchema, (t, m) =>
      rules.spotlight(t, m.target, spotlightProblem(this.room, this.settings.content, t, m.target)),
    );
    this.lead(MessageType.TourLock, M.TourLockMessageSchema, (t, m) => {
      const out = rules.lockRoaming(t, m.radius);
      if (out.ok && m.radius > 0) lockStragglers(this.placing(), out.tour, lockOf(out.tour)!);
      return out;
    });
    this.lead(MessageType.TourGather, M.TourGatherMessageSchema, (t, m) => {
      const placed = gatherMembers(this.placing(), t, m?.facing ?? "guide");
      if (placed === null)
        return { ok: false, code: ErrorCode.NotNow, message: "the guide's position is not known yet" };
      // Gathering round a guide who left the locked stop moves the group: the lock would pull everyone back.
      if (!guideInsideLock(this.room, t)) return rules.lockRoaming(t, 0);
    });
    this.lead(MessageType.TourEnd, M.TourEndMessageSchema, (t) => this.end(t, TourEndReason.Ended));
    this.lead(MessageType.TourPrivacy, M.TourPrivacyMessageSchema, (t, m) => rules.keepPrivate(t, m.private));
    this.lead(MessageType.TourRemove, M.TourRemoveMessageSchema, (t, m, client) => {
      if (m.member === client.sessionId || !t.members[m.member])
        return { ok: false, code: ErrorCode.NoSuchMember, message: "no such member in your tour" };
      const out = rules.removeMember(t, m.member);
      if (!out.ok) return out;
      this.book.commit(out.tour);
      this.book.flush();
      const removed = { code: t.code, reason: TourEndReason.Removed } satisfies TourEndedMessage;
      this.room.clientOf(m.member)?.send(MessageType.TourEnded, removed);
      this.removed?.(client.sessionId, m.member);
    });
    this.lead(MessageType.TourLayer, M.TourLayerMessageSchema, (t, m) => rules.showLayer(t, m.layer));
    this.inTour(MessageType.TourLeave, M.TourLeaveMessageSchema, (t, _m, client) => {
      const out = rules.removeMember(t, client.sessionId);
      if (!out.ok) return out;
      // Stored before the member hears of it.
      this.book.commit(out.tour);
      this.book.flush();
      client.send(MessageType.TourEnded, { code: t.code, reason: TourEndReason.Left } satisfies TourEndedMessage);
    });
    this.inTour(
      MessageType.TourRaiseHand,
      M.TourRaiseHandMessageSchema,
      (t, m, client) => rules.raiseHand(t, client.sessionId, m.raised),
      MessageType.TourRaiseHand,
    );
    this.inTour(
      MessageType.TourFollowReply,
      M.TourFollowReplyMessageSchema,
      (t, m, client) => rules.answerFollow(t, client.sessionId, m.accept),
      MessageType.TourFollowReply,
    );
    this.inTour(
      MessageType.TourToGuide,
      M.TourToGuideMessageSchema,
      (t, _m, client, now) => {
        if (client.sessionId === t.guide) return { ok: false, code: ErrorCode.NotNow, message: "you are the guide" };
        if (!guideInsideLock(this.room, t))
          return { ok: false, code: ErrorCode.Locked, message: "the guide has asked the group to stay at this stop" };
        if (!spotNearGuide(this.placing(now), t, client.sessionId)) {
          return { ok: false, code: ErrorCode.NotNow, message: "there is no free spot near the guide right now" };
        }
      },
      MessageType.TourToGuide,
    );
  }

  /** The group commit: every tour changed since the last call written in one transaction (the room calls it before each patch). */
  flush(): number {
    return this.book.flush();
  }

  // ——— called by the room (comings and goings: this.attendance) ———

  /** The tour this session is in (as guide or member), if any. */
  tourOf(sessionId: string): LiveTour | undefined {
    return this.book.tourOf(sessionId);
  }

  has(code: string): boolean {
    return this.book.has(code);
  }

  /** The lock a member's poses are clamped to (none for the leading guide, or when roaming is free). */
  lockFor(sessionId: string): SceneLock | undefined {
    const t = this.tourOf(sessionId);
    return t && t.guide !== sessionId ? lockOf(t) : undefined;
  }

  /** At shutdown: every tour written once more, then the store is left alone while the sockets close. */
  freeze(): number {
    return this.book.freeze();
  }

  // ——— commands ———

  private start(client: Client, planId: string): void {
    const type = MessageType.TourStart;
    const visitor = this.room.state.visitors.get(client.sessionId);
    if (!visitor) return;
    if (visitor.role !== VisitorRole.Guide)
      return this.room.refuse(client, type, ErrorCode.NotGuide, "only a signed-in guide may start a tour");
    const current = this.tourOf(client.sessionId);
    if (current)
      return this.room.refuse(
        client,
        type,
        ErrorCode.InTour,
        `you are already in tour ${current.code}: end or leave it first`,
      );
    const plan = this.settings.plans.get(planId);
    if (!plan) return this.room.refuse(client, type, ErrorCode.NoSuchPlan, `there is no tour plan "${planId}"`);
    const problems = planProblems(plan, this.settings.content);
    if (problems.length) {
      const detail = problems
        .slice(0, 5)
        .map((p) => `${p.path}: ${p.message}`)
        .join("; ");
      return this.room.refuse(
        client,
        type,
        ErrorCode.InvalidPlan,
        `plan "${planId}" does not fit the museum: ${detail}`,
      );
    }
    const { owner: _o, updatedAt: _u, ...bare } = plan as TourPlan & { owner?: unknown; updatedAt?: unknown };
    const code = newJoinCode((c) => this.book.known(c));
    const t = createLiveTour({ code, plan: bare, guide: client.sessionId, guideName: visitor.name, now: this.now() });
    this.book.open(t);
    this.book.flush();
    client.send(MessageType.TourStarted, { code: t.code, link: tourLink(t.code) } satisfies TourStartedMessage);
    this.book.sendPlan(client, t);
  }

  private end(t: LiveTour, reason: TourEndReason): void {
    this.spots.forget(`${t.code}|`);
    this.book.close(t, reason);
  }

  // ——— plumbing ———

  /** A guide command: parse, check the sender leads a tour, run the rule, apply or refuse. */
  private lead<T>(type: string, schema: z.ZodType<T>, run: Handler<T>): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      const visitor = this.room.state.visitors.get(client.sessionId);
      if (!msg || !visitor) return;
      const t = this.tourOf(client.sessionId);
      const may = rules.mayLead(t, client.sessionId, visitor.role);
      if (!may.ok) return this.room.refuse(client, type, may.code, may.message);
      this.settle(client, type, run(may.tour, msg.value, client, this.now()));
    });
  }

  /** A member command: parse, check the sender is in a tour, keep to the command's cooldown (if it has one), run the rule. */
  private inTour<T>(type: string, schema: z.ZodType<T>, run: Handler<T>, cooled?: CooledCommand): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      if (!msg) return;
      const t = this.tourOf(client.sessionId);
      if (!t) return this.room.refuse(client, type, ErrorCode.NotInTour, "you are not in a tour");
      const now = this.now();
      const wait = cooled && this.cooldowns.take(client.sessionId, cooled, now);
      if (wait && !wait.ok)
        return this.room.refuse(client, type, ErrorCode.TooSoon, tooSoonMessage(cooled!, wait.retryInMs));
      this.settle(client, type, run(t, msg.value, client, now));
    });
  }

  private onMember<T>(type: string, schema: z.ZodType<T>, run: (client: Client, msg: T) => void): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      if (msg) run(client, msg.value);
    });
  }

  private settle(client: Client, type: string, out: Outcome | void): void {
    if (!out) return;
    if (!out.ok) return this.room.refuse(client, type, out.code, out.message);
    if (this.book.has(out.tour.code)) this.book.commit(out.tour);
  }

  private placing(now = this.now()): Placing {
    return { room: this.room, content: this.settings.content, cache: this.spots, now };
  }
}
