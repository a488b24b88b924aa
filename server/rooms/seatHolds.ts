// The room's side of admission: the rules a join is checked against (its scenes, tours, tickets, guides) and who
// holds each seat reserved but not yet taken up, for the per-address and per-room caps (SEAT_HOLDS_*).
import { seatHoldRefusal, type AdmissionRules, type SeatHoldLimits } from "../logic/admission";
import type { MuseumRoomSettings } from "./MuseumRoom";

export function roomAdmissionRules(settings: MuseumRoomSettings, hasTour: (code: string) => boolean): AdmissionRules {
  return {
    sceneExists: (id) => Object.hasOwn(settings.scenes, id),
    hasTour,
    verifyTicket: (ticket) => settings.tours?.tickets?.verify(ticket) ?? null,
    verifyGuide: (token) => settings.verifyGuide?.(token) ?? null,
  };
}

/** Colyseus' reservations: [options, auth, consumed, waiting for a reconnection] by session id. */
type ReservedSeats = Record<string, [unknown, unknown, boolean?, boolean?]>;

export class SeatHolds {
  /** Who asked for each seat still reserved (its limit key). */
  private readonly addresses = new Map<string, string>();

  constructor(private readonly limits: SeatHoldLimits | undefined) {}

  held(sessionId: string, address: string): void {
    this.addresses.set(sessionId, address);
  }

  taken(sessionId: string): void {
    this.addresses.delete(sessionId);
  }

  /** Why `address` may not hold one more unused seat in a room with these reservations, or null (no limits: no cap). */
  refusal(reserved: ReservedSeats, address: string): string | null {
    if (!this.limits) return null;
    // Consumed reservations are flagged (then made non-enumerable by Colyseus); expired ones are gone.
    const unused = Object.keys(reserved).filter((id) => !reserved[id][2] && !reserved[id][3]);
    for (const id of this.addresses.keys()) if (!unused.includes(id)) this.addresses.delete(id);
    return seatHoldRefusal(unused.map((id) => this.addresses.get(id) ?? "unknown"), address, this.limits);
  }
}
