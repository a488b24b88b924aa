// The room's tour desk: routes tour messages (validate → cooldown → pure rule in server/logic → mirror into the state
// → mark for the store's next group commit) and follows the guide's and members' comings and goings. Owns no socket
// and no timer: the room calls flush() before each patch, and the desk flushes before its own direct messages.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import * as M from "../../common/messages";
import { ErrorCode, MessageType, TourEndReason, VisitorRole, type ClockReply, type TourEndedMessage, type TourPlanMessage, type TourStartedMessage } from "../../common/messageTypes";
import { tourLink, type TourPlan } from "../../common/tour";
import type { TourRoomPort, TourSettings } from "./tourRoomPort";
import { newJoinCode } from "../logic/joinCode";
import { createLiveTour, currentStop, holderOf, listingOf, MAX_LEFT_NAMES, memberOf, type LiveTour, type Outcome } from "../logic/liveTour";
import type { SceneLock } from "../logic/lockRoaming";
import * as rules from "../logic/tourCommands";
import { isTourGuide, reclaimSeat } from "../logic/seatReclaim";
import { createGatherCache } from "../logic/gatherCache";
import { createMemberCooldowns, tooSoonMessage, type CooledCommand } from "../logic/memberCooldown";
import { planProblems } from "../logic/tourPlanCheck";
import { createTourState } from "./schema/TourState";
import { gatherMembers, lockStragglers, spotNearGuide, type Placing } from "./tourPlacement";
import { TourRecords } from "./tourRecords";
import { writeTour } from "./tourStateSync";
import { countHeads, guideInsideLock, lockOf, spotlightProblem } from "./tourWhereabouts";

type Handler<T> = (t: LiveTour, msg: T, client: Client, now: number) => Outcome | void;

export type { TourRoomPort, TourSettings } from "./tourRoomPort";

export class TourDesk {
  private readonly tours = new Map<string, LiveTour>();
  private advertised = "[]";
  private readonly records: TourRecords;
  private readonly cooldowns = createMemberCooldowns();
  /** Gather spots, reused until the guide moves or the group outgrows them (bounded: least recently used goes). */
  private readonly spots = createGatherCache();

  constructor(
    private readonly room: TourRoomPort,
    private readonly settings: TourSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.records = new TourRecords(settings.liveTours, settings.log);
  }

  /** Registers every tour message with the room. */
  listen(): void {
    const r = this.room;
    r.onMessage(MessageType.Clock, (client, raw) => {
      const msg = r.check(client, MessageType.Clock, M.ClockMessageSchema, raw);
      if (msg) client.send(MessageType.Clock, { t: msg.value.t, s: this.now() } satisfies ClockReply);
    });
    this.onMember(MessageType.TourStart, M.TourStartMessageSchema, (client, msg) => this.start(client, msg.planId));
    this.onMember(MessageType.TourJoin, M.TourJoinMessageSchema, (client, msg) => this.join(client, msg.code));
    this.lead(MessageType.TourNext, M.TourNextMessageSchema, (t, _m, _c, now) => rules.nextStop(t, now));
    this.lead(MessageType.TourPrev, M.TourPrevMessageSchema, (t, _m, _c, now) => rules.prevStop(t, now));
    this.lead(MessageType.TourGoto, M.TourGotoMessageSchema, (t, m, _c, now) => rules.gotoStop(t, m.stop, now));
    this.lead(MessageType.TourNarration, M.TourNarrationMessageSchema, (t, m, _c, now) => rules.narrate(t, m, now));
    this.lead(MessageType.TourAnnounce, M.TourAnnounceMessageSchema, (t, m) => rules.announce(t, m.text));
    this.lead(MessageType.TourFollow, M.TourFollowMessageSchema, (t, m) => rules.inviteToFollow(t, m.on));
    this.lead(MessageType.TourLowerHand, M.TourLowerHandMessageSchema, (t, m) => rules.lowerHand(t, m.member));
    this.lead(MessageType.TourHandover, M.TourHandoverMessageSchema, (t, m) => rules.handOver(t, m.to, (id) => this.room.state.visitors.get(id)?.role));
    this.lead(MessageType.TourSpotlight, M.TourSpotlightMessageSchema, (t, m) => rules.spotlight(t, m.target, spotlightProblem(this.room, this.settings.content, t, m.target)));
    this.lead(MessageType.TourLock, M.TourLockMessageSchema, (t, m) => {
      const out = rules.lockRoaming(t, m.radius);
      if (out.ok && m.radius > 0) lockStragglers(this.placing(), out.tour, lockOf(out.tour)!);
      return out;
    });
    this.lead(MessageType.TourGather, M.TourGatherMessageSchema, (t, m) => {
      const placed = gatherMembers(this.placing(), t, m?.facing ?? "guide");
      if (placed === null) return { ok: false, code: ErrorCode.NotNow, message: "the guide's position is not known yet" };
      // Gathering round a guide who left the locked stop moves the group: the lock would pull everyone back.
      if (!guideInsideLock(this.room, t)) return rules.lockRoaming(t, 0);
    });
    this.lead(MessageType.TourEnd, M.TourEndMessageSchema, (t) => this.end(t, TourEndReason.Ended));
    this.lead(MessageType.TourPrivacy, M.TourPrivacyMessageSchema, (t, m) => rules.keepPrivate(t, m.private));
    this.inTour(MessageType.TourLeave, M.TourLeaveMessageSchema, (t, _m, client) => {
      const out = rules.removeMember(t, client.sessionId);
      if (!out.ok) return out;
      // Stored before the member hears of it.
      this.commit(out.tour);
      this.records.flush();
      client.send(MessageType.TourEnded, { code: t.code, reason: TourEndReason.Left } satisfies TourEndedMessage);
    });
    this.inTour(MessageType.TourRaiseHand, M.TourRaiseHandMessageSchema, (t, m, client) => rules.raiseHand(t, client.sessionId, m.raised), MessageType.TourRaiseHand);
    this.inTour(MessageType.TourFollowReply, M.TourFollowReplyMessageSchema, (t, m, client) => rules.answerFollow(t, client.sessionId, m.accept), MessageType.TourFollowReply);
    this.inTour(MessageType.TourToGuide, M.TourToGuideMessageSchema, (t, _m, client, now) => {
      if (client.sessionId === t.guide) return { ok: false, code: ErrorCode.NotNow, message: "you are the guide" };
      if (!guideInsideLock(this.room, t)) return { ok: false, code: ErrorCode.Locked, message: "the guide has asked the group to stay at this stop" };
      if (!spotNearGuide(this.placing(now), t, client.sessionId)) {
        return { ok: false, code: ErrorCode.NotNow, message: "there is no free spot near the guide right now" };
      }
    }, MessageType.TourToGuide);
  }

  /** The group commit: every tour changed since the last call written in one transaction (the room calls it before each patch). */
  flush(): number {
    return this.records.flush();
  }

  // ——— lifecycle, called by the room ———

  /** The tour this session is in (as guide or member), if any. */
  tourOf(sessionId: string): LiveTour | undefined {
    for (const t of this.tours.values()) if (memberOf(t, sessionId)) return t;
    return undefined;
  }

  has(code: string): boolean {
    return this.tours.has(code);
  }

  /** The lock a member's poses are clamped to (none for the leading guide, or when roaming is free). */
  lockFor(sessionId: string): SceneLock | undefined {
    const t = this.tourOf(sessionId);
    return t && t.guide !== sessionId ? lockOf(t) : undefined;
  }

  /** A visitor who arrived with `tourCode` (already checked in onAuth to be here). */
  join(client: Client, code: string): void {
    const visitor = this.room.state.visitors.get(client.sessionId);
    if (!visitor) return;
    const current = this.tourOf(client.sessionId);
    if (current?.code === code) return this.sendPlan(client, current);
    if (current) return this.room.refuse(client, MessageType.TourJoin, ErrorCode.InTour, `you are already in tour ${current.code}: leave it first`);
    const t = this.tours.get(code);
    // The tour's guide, signed in again, whose old session is gone or away (a restart, a new tab) takes the seat back.
    const guideAbsent = t && isTourGuide(t, this.guideAccountOf(client.sessionId)) && !this.room.state.visitors.get(t.guide)?.connected;
    if (t && guideAbsent) return this.reclaim(client, code, t.members[t.guide].seat);
    if (!t) {
      return this.records.has(code)
        ? this.room.refuse(client, MessageType.TourJoin, ErrorCode.TourElsewhere, `tour ${code} is in another room: join it through POST /api/tours/${code}/seat`)
        : this.room.refuse(client, MessageType.TourJoin, ErrorCode.NoSuchTour, `there is no live tour ${code}`);
    }
    const out = rules.addMember(t, client.sessionId, visitor.name);
    if (out.ok) {
      this.commit(out.tour);
      this.sendPlan(client, out.tour);
    }
  }

  /**
   * A visitor who came with a tour ticket (checked in onAuth): back in their seat, or a new member if it is gone. The
   * guide's seat needs the guide's own sign-in as well (seatReclaim): a ticket alone never makes anyone the guide.
   */
  reclaim(client: Client, code: string, seat: string): void {
    const t = this.tours.get(code);
    const holder = t && holderOf(t, seat);
    if (!t || !holder) return this.join(client, code);
    if (holder !== client.sessionId && this.room.state.visitors.get(holder)?.connected) {
      return this.room.refuse(client, MessageType.TourJoin, ErrorCode.InTour, `that seat in tour ${code} is taken by another open connection`);
    }
    const out = reclaimSeat(t, seat, { sessionId: client.sessionId, guideAccount: this.guideAccountOf(client.sessionId) }, this.now());
    if (!out.ok) return this.room.refuse(client, MessageType.TourJoin, out.code, out.message);
    this.commit(out.tour);
    this.sendPlan(client, out.tour);
  }

  /** The guide account a session signed in as: a guide's name in the state is the verified token's, never typed. */
  private guideAccountOf(sessionId: string): string | null {
    const v = this.room.state.visitors.get(sessionId);
    return v?.role === VisitorRole.Guide ? v.name : null;
  }

  /** Tours brought back from the store after a restart, now in this room: their seats wait to be reclaimed. */
  restore(tours: LiveTour[]): void {
    for (const t of tours) {
      if (this.tours.has(t.code)) continue;
      this.room.state.tours.set(t.code, createTourState());
      this.tours.set(t.code, t);
      this.records.put(t, this.room.roomId);
      this.commit(t);
    }
  }

  /** Seats nobody reclaimed within the grace are given up: members leave, the guide's tour passes on or ends. */
  releaseUnclaimed(): void {
    for (const t of [...this.tours.values()]) {
      const absent = Object.keys(t.members).filter((id) => !this.room.state.visitors.has(id));
      for (const id of absent.sort((a, b) => Number(a === t.guide) - Number(b === t.guide))) this.gone(id);
    }
  }

  /** At shutdown: every tour written once more, then the store is left alone while the sockets close. */
  freeze(): number {
    for (const t of this.tours.values()) this.records.put(t, this.room.roomId);
    this.records.freeze();
    return this.tours.size;
  }

  /** The connection dropped (the room waits for a reconnection). */
  dropped(sessionId: string): void {
    const t = this.tourOf(sessionId);
    if (t && t.guide === sessionId) this.commit(rules.guideAway(t, this.now()));
  }

  returned(sessionId: string): void {
    const t = this.tourOf(sessionId);
    if (t && t.guide === sessionId) this.commit(rules.guideBack(t, this.now()));
  }

  /** Gone for good: a member leaves the tour; a leading guide hands it to a co-guide, or the tour ends. */
  gone(sessionId: string): void {
    this.cooldowns.forget(sessionId);
    const t = this.tourOf(sessionId);
    if (!t) return;
    if (t.guide !== sessionId) {
      const out = rules.removeMember(t, sessionId);
      if (out.ok) this.commit(out.tour);
      return;
    }
    const heir = rules.successorOf(t, (id) => this.room.state.visitors.get(id)?.role, (id) => this.room.state.visitors.get(id)?.connected === true);
    if (!heir) return void this.end(t, TourEndReason.GuideGone);
    const out = rules.handOver(t, heir, (id) => this.room.state.visitors.get(id)?.role);
    if (!out.ok) return void this.end(t, TourEndReason.GuideGone);
    const { [sessionId]: _gone, ...members } = out.tour.members;
    this.commit({ ...out.tour, members, left: [...out.tour.left, t.guideName].slice(-MAX_LEFT_NAMES) });
  }

  /** About once a second: who is with the group, behind, elsewhere or offline. Derived, so not written through. */
  headcount(): void {
    countHeads(this.room, this.tours.values());
  }

  // ——— commands ———

  private start(client: Client, planId: string): void {
    const type = MessageType.TourStart;
    const visitor = this.room.state.visitors.get(client.sessionId);
    if (!visitor) return;
    if (visitor.role !== VisitorRole.Guide) return this.room.refuse(client, type, ErrorCode.NotGuide, "only a signed-in guide may start a tour");
    const current = this.tourOf(client.sessionId);
    if (current) return this.room.refuse(client, type, ErrorCode.InTour, `you are already in tour ${current.code}: end or leave it first`);
    const plan = this.settings.plans.get(planId);
    if (!plan) return this.room.refuse(client, type, ErrorCode.NoSuchPlan, `there is no tour plan "${planId}"`);
    const problems = planProblems(plan, this.settings.content);
    if (problems.length) {
      const detail = problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join("; ");
      return this.room.refuse(client, type, ErrorCode.InvalidPlan, `plan "${planId}" does not fit the museum: ${detail}`);
    }
    const { owner: _o, updatedAt: _u, ...bare } = plan as TourPlan & { owner?: unknown; updatedAt?: unknown };
    const code = newJoinCode((c) => this.tours.has(c) || this.records.has(c));
    const t = createLiveTour({ code, plan: bare, guide: client.sessionId, guideName: visitor.name, now: this.now() });
    this.room.state.tours.set(t.code, createTourState());
    this.tours.set(t.code, t);
    this.records.put(t, this.room.roomId);
    this.commit(t);
    this.records.flush();
    client.send(MessageType.TourStarted, { code: t.code, link: tourLink(t.code) } satisfies TourStartedMessage);
    this.sendPlan(client, t);
  }

  private end(t: LiveTour, reason: TourEndReason): void {
    this.tours.delete(t.code);
    this.room.state.tours.delete(t.code);
    this.records.remove(t.code);
    this.spots.forget(`${t.code}|`);
    // Gone from the store before anyone hears that it ended.
    this.records.flush();
    for (const id of Object.keys(t.members)) this.room.clientOf(id)?.send(MessageType.TourEnded, { code: t.code, reason } satisfies TourEndedMessage);
    this.advertise();
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
      if (wait && !wait.ok) return this.room.refuse(client, type, ErrorCode.TooSoon, tooSoonMessage(cooled!, wait.retryInMs));
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
    if (this.tours.has(out.tour.code)) this.commit(out.tour);
  }

  /** The one way a tour changes: keep it, mirror it into the state, write it through, re-advertise. */
  private commit(t: LiveTour): void {
    const before = this.tours.get(t.code);
    const target = this.room.state.tours.get(t.code);
    if (!target) return;
    this.tours.set(t.code, t);
    writeTour(target, t);
    // Marked only: written with every other change of this interval at the next flush (before the patch leaves).
    if (before !== t) this.records.save(t);
    this.advertise();
  }

  private placing(now = this.now()): Placing {
    return { room: this.room, content: this.settings.content, cache: this.spots, now };
  }

  /** Only when the listing changed: with a Redis driver (issue 7) every advertisement is a write. */
  private advertise(): void {
    const listing = [...this.tours.values()].map((t) => listingOf(t, this.room.roomId));
    const json = JSON.stringify(listing);
    if (json === this.advertised) return;
    this.advertised = json;
    // The listing is public (GET /api/tours): what it shows is stored first.
    this.records.flush();
    this.room.advertise(listing);
  }

  private sendPlan(client: Client, t: LiveTour): void {
    // The plan acknowledges the seat: it must be stored before it leaves.
    this.records.flush();
    const seat = memberOf(t, client.sessionId)?.seat;
    const ticket = seat && this.settings.tickets?.issue({ code: t.code, seat });
    client.send(MessageType.TourPlan, { code: t.code, plan: t.plan, serverNow: this.now(), ...(ticket ? { ticket } : {}) } satisfies TourPlanMessage);
  }
}
