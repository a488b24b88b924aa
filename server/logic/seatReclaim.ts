// Reclaiming a seat in a live tour from a new connection (after a server restart the old session is gone for good):
// the member's record — name, hand in the queue, follow state — moves to the new session id, and a leading guide who
// comes back carries the tour on. The leading guide's seat goes only to that guide's account, signed in: a ticket is
// a seat, never a role. Pure, like the other tour rules.
import { ErrorCode } from "../../common/messageTypes";
import { holderOf, memberOf, type LiveTour, type Outcome } from "./liveTour";
import { guideBack } from "./tourCommands";

/** Who asks for the seat: the guide account they are signed in as (from a verified token), or null for a visitor. */
export interface Claimant {
  sessionId: string;
  guideAccount: string | null;
}

/** Whether this claimant is the tour's leading guide, signed in (account names are unique regardless of case). */
export const isTourGuide = (t: LiveTour, guideAccount: string | null) =>
  guideAccount !== null && guideAccount.toLowerCase() === t.guideName.toLowerCase();

export function reclaimSeat(t: LiveTour, seat: string, claimant: Claimant, now: number): Outcome {
  const sessionId = claimant.sessionId;
  const from = holderOf(t, seat);
  if (!from) return { ok: false, code: ErrorCode.NoSuchMember, message: `that seat is no longer in tour ${t.code}` };
  if (from === sessionId) return { ok: true, tour: t };
  if (memberOf(t, sessionId))
    return { ok: false, code: ErrorCode.InTour, message: `you already have a seat in tour ${t.code}` };
  if (t.guide === from && !isTourGuide(t, claimant.guideAccount)) {
    return {
      ok: false,
      code: ErrorCode.NotGuide,
      message: `that seat is the guide's: only ${t.guideName}, signed in as a guide, may take it back`,
    };
  }
  const { [from]: record, ...others } = t.members;
  const moved: LiveTour = { ...t, members: { ...others, [sessionId]: record } };
  return { ok: true, tour: t.guide === from ? guideBack({ ...moved, guide: sessionId }, now) : moved };
}
