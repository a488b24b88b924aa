// The room's side of admission: the rules a join is checked against (its scenes, tours, tickets, guides) and who
// holds each seat reserved but not yet taken up (SeatedRoom.unusedSeats()), for the per-address and per-room caps.
import { seatHoldRefusal, type AdmissionRules, type SeatHoldLimits } from "../logic/admission";
import type { MuseumRoomSettings } from "./roomSettings";

export function roomAdmissionRules(settings: MuseumRoomSettings, hasTour: (code: string) => boolean): AdmissionRules {
  return {
    sceneExists: (id) => Object.hasOwn(settings.scenes, id),
    hasTour,
    verifyTicket: (ticket) => settings.tours?.tickets?.verify(ticket) ?? null,
    verifyGuide: (token) => settings.verifyGuide?.(token) ?? null,
  };
}

/** An honest page connects within a second or two of its reservation: a seat held longer may be given to another. */
export const STALE_HOLD_MS = 3000;

export class SeatHolds {
  /** Who asked for each seat still reserved (its limit key), and when. */
  private readonly addresses = new Map<string, string>();
  private readonly since = new Map<string, number>();

  constructor(private readonly limits: SeatHoldLimits | undefined) {}

  held(sessionId: string, address: string, nowMs = performance.now()): void {
    this.addresses.set(sessionId, address);
    this.since.set(sessionId, nowMs);
  }

  /** Whether the room's cap on unused seats is reached (then the stalest may be given up for a new asker). */
  roomFull(unused: readonly string[]): boolean {
    return this.limits !== undefined && unused.length >= this.limits.perRoom;
  }

  /**
   * The seat held unused longest, if for at least STALE_HOLD_MS: when the room is full, it goes to whoever asks now.
   * So holders who never connect, from however many addresses, keep no seat from a visitor who connects at once.
   */
  stalest(unused: readonly string[], nowMs: number): string | null {
    let oldest: string | null = null;
    for (const id of unused) {
      const at = this.since.get(id);
      if (at === undefined || nowMs - at < STALE_HOLD_MS) continue;
      if (oldest === null || at < this.since.get(oldest)!) oldest = id;
    }
    return oldest;
  }

  taken(sessionId: string): void {
    this.addresses.delete(sessionId);
    this.since.delete(sessionId);
  }

  /** Why `address` may not hold one more unused seat in a room with these unused seats, or null (no limits: no cap). */
  refusal(unused: readonly string[], address: string): string | null {
    if (!this.limits) return null;
    for (const id of this.addresses.keys()) if (!unused.includes(id)) this.taken(id);
    return seatHoldRefusal(
      unused.map((id) => this.addresses.get(id) ?? "unknown"),
      address,
      this.limits,
    );
  }
}
