// Who gets a seat in a museum room: free visitors up to maxVisitors, tour members in the headroom above it, every
// visitor's reservation checked like their join and capped per address and per room, stale holds given up.
import { admitJoin, type AdmissionRules } from "../logic/admission";
import type { MuseumRoomSettings, SeatHold } from "./roomSettings";
import type { SeatVerdict } from "./SeatedRoom";
import { VISITOR_ADDRESS_OPTION } from "./seatAddress";
import { roomAdmissionRules, SeatHolds } from "./seatHolds";

/** The room's seats as Colyseus counts them (server/rooms/SeatedRoom.ts). */
export interface SeatLedger {
  /** Connected plus reserved. */
  readonly taken: number;
  readonly connected: number;
  /** The hard cap: maxVisitors plus the tours' headroom. */
  readonly capacity: number;
  unused(): string[];
  giveUp(sessionId: string): Promise<void>;
  reserve(sessionId: string, joinOptions: unknown): Promise<boolean>;
}

export class RoomSeating {
  private readonly holds: SeatHolds;
  /** The address each visitor's seat was asked from (a moderator's removal is by address). */
  private readonly addresses = new Map<string, string>();

  constructor(
    private readonly settings: MuseumRoomSettings,
    private readonly hasTour: (code: string) => boolean,
    private readonly seats: SeatLedger,
  ) {
    this.holds = new SeatHolds(settings.admission?.holds);
  }

  rules(): AdmissionRules {
    return roomAdmissionRules(this.settings, this.hasTour);
  }

  /** The seat's holder connected (or failed to): it no longer counts as held unused. */
  taken(sessionId: string): void {
    this.holds.taken(sessionId);
  }

  addressOf(sessionId: string): string | undefined {
    return this.addresses.get(sessionId);
  }

  /** The visitor left the room for good. */
  forget(sessionId: string): void {
    this.addresses.delete(sessionId);
  }

  /** Free visitors fill the room up to maxVisitors; then it locks and matchmaking opens another instance. */
  get full(): boolean {
    return this.seats.taken >= this.settings.maxVisitors;
  }

  /**
   * A tour seat for POST /api/tours/:code/seat: the options pass the join's checks and the holds cap here, where the
   * room's seats are counted.
   */
  async hold(options: unknown, address: string, newSessionId: string): Promise<SeatHold> {
    const verdict = admitJoin(options, this.rules());
    if (!verdict.ok) return { status: verdict.status, error: verdict.reason };
    await this.makeRoomFor(verdict.admission.tourCode);
    const refusal = this.holds.refusal(this.seats.unused(), address);
    if (refusal) return { status: 429, error: `No seat now: ${refusal}` };
    const held = await this.seats.reserve(newSessionId, { ...(options as object), [VISITOR_ADDRESS_OPTION]: address });
    const code = verdict.admission.tourCode;
    if (held) return { sessionId: newSessionId };
    return { status: 409, error: code ? `Tour ${code} is full: ask your guide` : "This room is full" };
  }

  /** Whether a new seat may be reserved, and with which options (the address tag stripped). */
  async admit(sessionId: string, joinOptions: unknown): Promise<SeatVerdict> {
    if (typeof joinOptions !== "object" || joinOptions === null) return this.full ? null : { options: joinOptions };
    // A visitor's reservation (matchmaking's or a tour seat's, tagged with their address) passes the join's checks
    // before it takes a seat: a seat nobody may use must not count against the room or a tour. The HTTP side has
    // already said why to the visitor; untagged ones come from the server itself (or a test harness) and meet onAuth.
    const { [VISITOR_ADDRESS_OPTION]: tagged, ...options } = joinOptions as Record<string, unknown>;
    const address = typeof tagged === "string" ? tagged : undefined;
    // A tour code this room does not hold is left to onAuth, which says so; such a seat counts as a free visitor's.
    const { hasTour: _here, ...rules } = this.rules();
    if (address !== undefined) {
      await this.makeRoomFor(options.tourCode);
      if (!admitJoin(options, rules).ok || this.holds.refusal(this.seats.unused(), address)) return null;
    }
    const forTour = typeof options.tourCode === "string" && this.hasTour(options.tourCode);
    if (!forTour && this.full) return null;
    if (address !== undefined) {
      this.holds.held(sessionId, address);
      this.addresses.set(sessionId, address);
    }
    return { options };
  }

  /**
   * A visitor asks for a seat in a room whose seats (or whose quota of unused ones) are all reserved: the seat held
   * unused longest, if stale (STALE_HOLD_MS), is given up for them. Hoarders who never connect then only ever keep
   * seats from each other, never from someone who connects at once.
   */
  private async makeRoomFor(tourCode: unknown): Promise<void> {
    const forTour = typeof tourCode === "string" && this.hasTour(tourCode);
    const full = this.seats.taken >= (forTour ? this.seats.capacity : this.settings.maxVisitors);
    // A room nobody is in would dispose as the seat is given up: there, matchmaking opens another room instead.
    if ((!full && !this.holds.roomFull(this.seats.unused())) || this.seats.connected === 0) return;
    const stale = this.holds.stalest(this.seats.unused(), performance.now());
    if (stale === null) return;
    this.holds.taken(stale);
    await this.seats.giveUp(stale);
  }
}
