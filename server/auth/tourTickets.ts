// Tour tickets: a member's seat in a live tour, signed (HMAC-SHA256), so the member can reclaim it when Colyseus'
// reconnection token is gone (the server restarted). Stateless: the secret lives in the store and outlives the process.
import { createHmac, timingSafeEqual } from "node:crypto";

export interface TourSeat {
  code: string;
  /** The member's seat in the tour (server/logic/liveTour.ts: TourMemberRecord.seat). */
  seat: string;
}

export interface TourTickets {
  issue(seat: TourSeat): string;
  /** The seat, or null for anything forged or malformed. Never throws. */
  verify(ticket: unknown): TourSeat | null;
}

const PART = /^[A-Za-z0-9_-]{1,64}$/;

export function createTourTickets(secret: string): TourTickets {
  if (secret.length < 32) throw new Error("the tour ticket secret must be at least 32 characters");
  const sign = (code: string, seat: string) =>
    createHmac("sha256", secret).update(`tour-ticket\n${code}\n${seat}`).digest();
  return {
    issue: ({ code, seat }) => {
      if (!PART.test(code) || !PART.test(seat))
        throw new Error(`a tour ticket needs a plain code and seat (got "${code}", "${seat}")`);
      return `${code}.${seat}.${sign(code, seat).toString("base64url")}`;
    },
    verify(ticket) {
      if (typeof ticket !== "string" || ticket.length > 256) return null;
      const [code, seat, mac, extra] = ticket.split(".");
      if (extra !== undefined || !code || !seat || !mac || !PART.test(code) || !PART.test(seat)) return null;
      const got = Buffer.from(mac, "base64url");
      const expected = sign(code, seat);
      return got.length === expected.length && timingSafeEqual(got, expected) ? { code, seat } : null;
    },
  };
}
