// The room's live tours and the one way they change: kept here, mirrored into the state, marked for the store's group
// commit and advertised; whatever a client hears directly (a start, an end, a seat) is stored before it leaves.
import type { Client } from "@colyseus/core";
import {
  MessageType,
  type TourEndedMessage,
  type TourEndReason,
  type TourPlanMessage,
} from "../../common/messageTypes";
import { listingOf, memberOf, type LiveTour } from "../logic/liveTour";
import { createTourState } from "./schema/TourState";
import type { TourRoomPort, TourSettings } from "./tourRoomPort";
import { TourRecords } from "./tourRecords";
import { writeTour } from "./tourStateSync";

export class TourBook {
  private readonly tours = new Map<string, LiveTour>();
  private advertised = "[]";
  private readonly records: TourRecords;

  constructor(
    private readonly room: TourRoomPort,
    private readonly settings: TourSettings,
    private readonly now: () => number,
  ) {
    this.records = new TourRecords(settings.liveTours, settings.log);
  }

  get(code: string): LiveTour | undefined {
    return this.tours.get(code);
  }

  /** Whether the tour is live in this room. */
  has(code: string): boolean {
    return this.tours.has(code);
  }

  /** Whether the code is a live tour of any room (the store holds them all). */
  known(code: string): boolean {
    return this.tours.has(code) || this.records.has(code);
  }

  all(): IterableIterator<LiveTour> {
    return this.tours.values();
  }

  /** The tour this session is in (as guide or member), if any. */
  tourOf(sessionId: string): LiveTour | undefined {
    for (const t of this.tours.values()) if (memberOf(t, sessionId)) return t;
    return undefined;
  }

  /** A tour new to this room (started, or brought back after a restart): given its state and its whole record. */
  open(t: LiveTour): void {
    this.room.state.tours.set(t.code, createTourState());
    this.tours.set(t.code, t);
    this.records.put(t, this.room.roomId);
    this.commit(t);
  }

  /** The one way a tour changes: keep it, mirror it into the state, write it through, re-advertise. */
  commit(t: LiveTour): void {
    const before = this.tours.get(t.code);
    const target = this.room.state.tours.get(t.code);
    if (!target) return;
    this.tours.set(t.code, t);
    writeTour(target, t);
    // Marked only: written with every other change of this interval at the next flush (before the patch leaves).
    if (before !== t) this.records.save(t);
    this.advertise();
  }

  /** The tour is over: gone from the state and the store before its members hear why. */
  close(t: LiveTour, reason: TourEndReason): void {
    this.tours.delete(t.code);
    this.room.state.tours.delete(t.code);
    this.records.remove(t.code);
    this.records.flush();
    for (const id of Object.keys(t.members))
      this.room.clientOf(id)?.send(MessageType.TourEnded, { code: t.code, reason } satisfies TourEndedMessage);
    this.advertise();
  }

  /** The plan acknowledges the seat (with a ticket to come back to it): it must be stored before it leaves. */
  sendPlan(client: Client, t: LiveTour): void {
    this.records.flush();
    const seat = memberOf(t, client.sessionId)?.seat;
    const ticket = seat && this.settings.tickets?.issue({ code: t.code, seat });
    client.send(MessageType.TourPlan, {
      code: t.code,
      plan: t.plan,
      serverNow: this.now(),
      ...(ticket ? { ticket } : {}),
    } satisfies TourPlanMessage);
  }

  /** The group commit: every tour changed since the last call written in one transaction. */
  flush(): number {
    return this.records.flush();
  }

  /** At shutdown: every tour written once more, then the store is left alone while the sockets close. */
  freeze(): number {
    for (const t of this.tours.values()) this.records.put(t, this.room.roomId);
    this.records.freeze();
    return this.tours.size;
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
}
