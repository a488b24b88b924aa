// Reclaiming a seat in a live tour from a new connection (after a server restart the old session is gone for good):
// the member's record — name, hand in the queue, follow state — moves to the new session id, and a leading guide who
// comes back carries the tour on. Pure, like the other tour rules.
import { ErrorCode } from "../../common/messageTypes";
import { holderOf, memberOf, type LiveTour, type Outcome } from "./liveTour";
import { guideBack } from "./tourCommands";

export function reclaimSeat(t: LiveTour, seat: string, sessionId: string, now: number): Outcome {
  const from = holderOf(t, seat);
  if (!from) return { ok: false, code: ErrorCode.NoSuchMember, message: `that seat is no longer in tour ${t.code}` };
  if (from === sessionId) return { ok: true, tour: t };
  if (memberOf(t, sessionId)) return { ok: false, code: ErrorCode.InTour, message: `you already have a seat in tour ${t.code}` };
  const { [from]: record, ...others } = t.members;
  const moved: LiveTour = { ...t, members: { ...others, [sessionId]: record } };
  return { ok: true, tour: t.guide === from ? guideBack({ ...moved, guide: sessionId }, now) : moved };
}
