// Who is on each of the room's tours as people come and go: a visitor joining with a code or reclaiming a seat with a
// ticket, a connection dropping and returning, someone gone for good (a leading guide's tour passes on or ends), the
// seats of restored tours, and the headcount. Every change goes through the book's commit, like the desk's commands.
import type { Client } from "@colyseus/core";
import { ErrorCode, MessageType, TourEndReason, VisitorRole } from "../../common/messageTypes";
import { holderOf, MAX_LEFT_NAMES, type LiveTour } from "../logic/liveTour";
import { isTourGuide, reclaimSeat } from "../logic/seatReclaim";
import * as rules from "../logic/tourCommands";
import type { TourBook } from "./TourBook";
import type { TourRoomPort } from "./tourRoomPort";
import { countHeads } from "./tourWhereabouts";

/** What attendance needs of the desk: how a tour ends, and forgetting a member's cooldowns. */
export interface AttendanceDesk {
  end(t: LiveTour, reason: TourEndReason): void;
  forget(sessionId: string): void;
}

export class TourAttendance {
  constructor(
    private readonly room: TourRoomPort,
    private readonly book: TourBook,
    private readonly desk: AttendanceDesk,
    private readonly now: () => number,
  ) {}

  /** A visitor who arrived with `tourCode` (already checked in onAuth to be here). */
  join(client: Client, code: string): void {
    const visitor = this.room.state.visitors.get(client.sessionId);
    if (!visitor) return;
    const current = this.book.tourOf(client.sessionId);
    if (current?.code === code) return this.book.sendPlan(client, current);
    if (current)
      return this.room.refuse(
        client,
        MessageType.TourJoin,
        ErrorCode.InTour,
        `you are already in tour ${current.code}: leave it first`,
      );
    const t = this.book.get(code);
    // The tour's guide, signed in again, whose old session is gone or away (a restart, a new tab) takes the seat back.
    const guideAbsent =
      t && isTourGuide(t, this.guideAccountOf(client.sessionId)) && !this.room.state.visitors.get(t.guide)?.connected;
    if (t && guideAbsent) return this.reclaim(client, code, t.members[t.guide].seat);
    if (!t) {
      return this.book.known(code)
        ? this.room.refuse(
            client,
            MessageType.TourJoin,
            ErrorCode.TourElsewhere,
            `tour ${code} is in another room: join it through POST /api/tours/${code}/seat`,
          )
        : this.room.refuse(client, MessageType.TourJoin, ErrorCode.NoSuchTour, `there is no live tour ${code}`);
    }
    const out = rules.addMember(t, client.sessionId, visitor.name);
    if (out.ok) {
      this.book.commit(out.tour);
      this.book.sendPlan(client, out.tour);
    }
  }

  /**
   * A visitor who came with a tour ticket (checked in onAuth): back in their seat, or a new member if it is gone. The
   * guide's seat needs the guide's own sign-in as well (seatReclaim): a ticket alone never makes anyone the guide.
   */
  reclaim(client: Client, code: string, seat: string): void {
    const t = this.book.get(code);
    const holder = t && holderOf(t, seat);
    if (!t || !holder) return this.join(client, code);
    if (holder !== client.sessionId && this.room.state.visitors.get(holder)?.connected) {
      return this.room.refuse(
        client,
        MessageType.TourJoin,
        ErrorCode.InTour,
        `that seat in tour ${code} is taken by another open connection`,
      );
    }
    const out = reclaimSeat(
      t,
      seat,
      { sessionId: client.sessionId, guideAccount: this.guideAccountOf(client.sessionId) },
      this.now(),
    );
    if (!out.ok) return this.room.refuse(client, MessageType.TourJoin, out.code, out.message);
    this.book.commit(out.tour);
    this.book.sendPlan(client, out.tour);
  }

  /** The guide account a session signed in as: a guide's name in the state is the verified token's, never typed. */
  private guideAccountOf(sessionId: string): string | null {
    const v = this.room.state.visitors.get(sessionId);
    return v?.role === VisitorRole.Guide ? v.name : null;
  }

  /** Tours brought back from the store after a restart, now in this room: their seats wait to be reclaimed. */
  restore(tours: LiveTour[]): void {
    for (const t of tours) if (!this.book.has(t.code)) this.book.open(t);
  }

  /** Seats nobody reclaimed within the grace are given up: members leave, the guide's tour passes on or ends. */
  releaseUnclaimed(): void {
    for (const t of [...this.book.all()]) {
      const absent = Object.keys(t.members).filter((id) => !this.room.state.visitors.has(id));
      for (const id of absent.sort((a, b) => Number(a === t.guide) - Number(b === t.guide))) this.gone(id);
    }
  }

  /** The connection dropped (the room waits for a reconnection). */
  dropped(sessionId: string): void {
    const t = this.book.tourOf(sessionId);
    if (t && t.guide === sessionId) this.book.commit(rules.guideAway(t, this.now()));
  }

  returned(sessionId: string): void {
    const t = this.book.tourOf(sessionId);
    if (t && t.guide === sessionId) this.book.commit(rules.guideBack(t, this.now()));
  }

  /** Gone for good: a member leaves the tour; a leading guide hands it to a co-guide, or the tour ends. */
  gone(sessionId: string): void {
    this.desk.forget(sessionId);
    const t = this.book.tourOf(sessionId);
    if (!t) return;
    if (t.guide !== sessionId) {
      const out = rules.removeMember(t, sessionId);
      if (out.ok) this.book.commit(out.tour);
      return;
    }
    const heir = rules.successorOf(
      t,
      (id) => this.room.state.visitors.get(id)?.role,
      (id) => this.room.state.visitors.get(id)?.connected === true,
    );
    if (!heir) return void this.desk.end(t, TourEndReason.GuideGone);
    const out = rules.handOver(t, heir, (id) => this.room.state.visitors.get(id)?.role);
    if (!out.ok) return void this.desk.end(t, TourEndReason.GuideGone);
    const { [sessionId]: _gone, ...members } = out.tour.members;
    this.book.commit({ ...out.tour, members, left: [...out.tour.left, t.guideName].slice(-MAX_LEFT_NAMES) });
  }

  /** About once a second: who is with the group, behind, elsewhere or offline. Derived, so not written through. */
  headcount(): void {
    countHeads(this.room, this.book.all());
  }
}
