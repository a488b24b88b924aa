// Who may come in, and as what: the one check a join's options pass, whether they arrive as a seat reservation
// (POST /api/tours/:code/seat, /matchmake/*) or as the socket's join (onAuth). Pure: the verifiers are passed in.
import { cleanDisplayName } from "../../common/displayName";
import { describeIssues, JoinOptionsSchema, type JoinOptions } from "../../common/messages";

/** What the room knows that the options are checked against. */
export interface AdmissionRules {
  sceneExists(sceneId: string): boolean;
  /** The tour is live in this room (undefined: not known here, e.g. the HTTP side before it asks the room). */
  hasTour?(code: string): boolean;
  verifyTicket(ticket: string): { code: string; seat: string } | null;
  verifyGuide(token: string): { name: string } | null;
}

/** The checked options, the guide's account name, the tour seat a ticket reclaims. */
export type Admission = JoinOptions & { guideName?: string; seat?: string };

/** 400: the options are malformed; 401: a sign-in or ticket does not verify; 404: no such tour here. */
export type AdmissionVerdict =
  { ok: true; admission: Admission } | { ok: false; status: 400 | 401 | 404; reason: string };

const refuse = (status: 400 | 401 | 404, reason: string): AdmissionVerdict => ({ ok: false, status, reason });

export function admitJoin(options: unknown, rules: AdmissionRules): AdmissionVerdict {
  const parsed = JoinOptionsSchema.safeParse(options);
  if (!parsed.success) return refuse(400, `Invalid join options: ${describeIssues(parsed.error)}`);
  const o = parsed.data;
  if (!rules.sceneExists(o.sceneId)) return refuse(400, `Invalid join options: sceneId: no scene "${o.sceneId}"`);
  if (o.tourCode && rules.hasTour && !rules.hasTour(o.tourCode))
    return refuse(404, `Tour ${o.tourCode} is not in this room: join it through POST /api/tours/${o.tourCode}/seat`);
  let seat: string | undefined;
  if (o.tourTicket !== undefined) {
    const ticket = rules.verifyTicket(o.tourTicket);
    if (!ticket || ticket.code !== o.tourCode)
      return refuse(
        401,
        "Invalid join options: tourTicket: not a ticket of this tour (join with the tour's code alone)",
      );
    seat = ticket.seat;
  }
  const name = cleanDisplayName(o.name);
  if (o.guideToken === undefined) return { ok: true, admission: { ...o, name, seat } };
  // The role comes from the signed token alone: no option a visitor can send makes them a guide.
  const session = rules.verifyGuide(o.guideToken);
  if (!session) return refuse(401, "Your guide sign-in has expired or is not valid: sign in again");
  return { ok: true, admission: { ...o, name, seat, guideName: session.name } };
}

/** Limits on seats reserved and not yet taken up (SEAT_HOLDS_PER_ADDRESS, SEAT_HOLDS_PER_ROOM). */
export interface SeatHoldLimits {
  perAddress: number;
  perRoom: number;
}

/**
 * Whether `address` may hold one more unused seat, given the addresses of the seats held unused now (one entry
 * each): null, or the reason it may not. Unused seats expire in seconds, so a refusal passes quickly for the honest.
 */
export function seatHoldRefusal(held: readonly string[], address: string, limits: SeatHoldLimits): string | null {
  if (held.length >= limits.perRoom)
    return `too many seats in this room are waiting for their visitors (${limits.perRoom}): try again in a few seconds`;
  const mine = held.filter((a) => a === address).length;
  if (mine >= limits.perAddress)
    return `your address already holds ${limits.perAddress} seats nobody has taken up: try again in a few seconds`;
  return null;
}
