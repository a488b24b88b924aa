// The rules of a live tour: who may do what, and what each command changes. Pure: a LiveTour and a command in,
// a new LiveTour or a refusal (with the reason for the sender) out; a refusal changes nothing.
import { ErrorCode, FollowState, TourStatus, VisitorRole } from "../../common/messageTypes";
import { ANNOUNCEMENT_LIMITS, type TourNarrationMessage } from "../../common/messages";
import { cleanVisitorText } from "../../common/visitorText";
import type { TourTarget } from "../../common/tour";
import type { PeriodLayer } from "../../common/periodLayers";
import { pauseNarration, playNarration, seekNarration, stoppedNarration } from "../../common/tourClock";
import { MAX_LEFT_NAMES, memberOf, type LiveTour, type Outcome } from "./liveTour";

const refuse = (code: ErrorCode, message: string): Outcome => ({ ok: false, code, message });
const ok = (tour: LiveTour): Outcome => ({ ok: true, tour });

/** Guide commands: only the guide leading this tour, signed in as a guide. */
export function mayLead(tour: LiveTour | undefined, sessionId: string, role: number): Outcome {
  if (role !== VisitorRole.Guide) return refuse(ErrorCode.NotGuide, "only a signed-in guide may do that");
  if (!tour) return refuse(ErrorCode.NotInTour, "you are not leading a tour: start one from a plan first");
  if (tour.guide !== sessionId)
    return refuse(ErrorCode.NotGuide, `only the tour's guide (${tour.guideName}) may do that`);
  return ok(tour);
}

export function gotoStop(t: LiveTour, index: number, now: number): Outcome {
  const count = t.plan.stops.length;
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    return refuse(ErrorCode.NoSuchStop, `there is no stop ${index + 1}: this tour has stops 1 to ${count}`);
  }
  if (index === t.stop) return ok(t);
  // A new stop: its narration starts from the beginning, paused until the guide plays it; the spotlight goes out;
  // a roaming lock is released (it held the group at the old stop; the guide locks again at the new one).
  return ok({
    ...t,
    stop: index,
    narration: stoppedNarration(now),
    resumePlaying: false,
    spotlight: null,
    lockRadius: 0,
  });
}

export const nextStop = (t: LiveTour, now: number) =>
  t.stop + 1 < t.plan.stops.length
    ? gotoStop(t, t.stop + 1, now)
    : refuse(ErrorCode.NoSuchStop, "this is the last stop");
export const prevStop = (t: LiveTour, now: number) =>
  t.stop > 0 ? gotoStop(t, t.stop - 1, now) : refuse(ErrorCode.NoSuchStop, "this is the first stop");

export function narrate(t: LiveTour, msg: TourNarrationMessage, now: number): Outcome {
  if (t.status !== TourStatus.Running) return refuse(ErrorCode.NotNow, "the tour is paused");
  switch (msg.action) {
    case "play":
      return ok({ ...t, narration: playNarration(t.narration, now) });
    case "pause":
      return ok({ ...t, narration: pauseNarration(t.narration, now) });
    case "seek":
      return ok({ ...t, narration: seekNarration(t.narration, msg.toSec * 1000, now) });
  }
}

export const lockRoaming = (t: LiveTour, radius: number): Outcome => ok({ ...t, lockRadius: radius });

/** `problem` is the room's verdict on the target (it knows the scenes): null when the target exists. */
export function spotlight(t: LiveTour, target: TourTarget | null, problem: string | null): Outcome {
  if (target && problem)
    return refuse(ErrorCode.InvalidPlan, `cannot spotlight ${target.kind} "${target.id}": ${problem}`);
  return ok({ ...t, spotlight: target });
}

/**
 * Text is made well-formed, freed of invisible and control characters and markup brackets (the client shows it as
 * text all the same), and cut on whole characters to the announcement limits.
 */
export function announce(t: LiveTour, text: string): Outcome {
  const clean = cleanVisitorText(text.replace(/[<>]/g, " "), ANNOUNCEMENT_LIMITS);
  return ok({ ...t, announcement: clean, announceSeq: (t.announceSeq + 1) % 65536 });
}

/** Invites every member but the guide to follow, or releases everyone. */
export function inviteToFollow(t: LiveTour, on: boolean): Outcome {
  const members: LiveTour["members"] = {};
  for (const [id, m] of Object.entries(t.members)) {
    const follow =
      id === t.guide
        ? FollowState.Off
        : on
          ? m.follow === FollowState.Following
            ? m.follow
            : FollowState.Invited
          : FollowState.Off;
    members[id] = follow === m.follow ? m : { ...m, follow };
  }
  return ok({ ...t, members });
}

export function answerFollow(t: LiveTour, member: string, accept: boolean): Outcome {
  const m = memberOf(t, member);
  if (!m) return refuse(ErrorCode.NotInTour, "you are not in this tour");
  if (accept && m.follow === FollowState.Off)
    return refuse(ErrorCode.NotNow, "the guide has not asked the group to follow");
  // Declining, or walking off on one's own, always works.
  const follow = accept ? FollowState.Following : FollowState.Off;
  return ok({ ...t, members: { ...t.members, [member]: { ...m, follow } } });
}

export function raiseHand(t: LiveTour, member: string, raised: boolean): Outcome {
  const m = memberOf(t, member);
  if (!m) return refuse(ErrorCode.NotInTour, "you are not in this tour");
  if (raised === m.hand > 0) return ok(t); // already so: keep the place in the queue
  const handSeq = raised ? (t.handSeq % 65535) + 1 : t.handSeq;
  return ok({ ...t, handSeq, members: { ...t.members, [member]: { ...m, hand: raised ? handSeq : 0 } } });
}

/** The guide takes a hand down (answered). */
export function lowerHand(t: LiveTour, member: string): Outcome {
  if (!memberOf(t, member)) return refuse(ErrorCode.NoSuchMember, `no member "${member}" in this tour`);
  return raiseHand(t, member, false);
}

/** Hand the tour to a co-guide: a member signed in as a guide. */
export function handOver(t: LiveTour, to: string, roleOf: (sessionId: string) => number | undefined): Outcome {
  if (to === t.guide) return refuse(ErrorCode.NotNow, "you are already leading this tour");
  const m = memberOf(t, to);
  if (!m) return refuse(ErrorCode.NoSuchMember, `no member "${to}" in this tour`);
  if (roleOf(to) !== VisitorRole.Guide) return refuse(ErrorCode.NotGuide, `${m.name} is not signed in as a guide`);
  const members = { ...t.members, [to]: { ...m, follow: FollowState.Off, hand: 0 } };
  return ok({ ...t, guide: to, guideName: m.name, members, status: TourStatus.Running });
}

export function addMember(t: LiveTour, sessionId: string, name: string): Outcome {
  if (memberOf(t, sessionId)) return ok(t);
  return ok({
    ...t,
    members: { ...t.members, [sessionId]: { name, follow: FollowState.Off, hand: 0, seat: sessionId } },
  });
}

/** A member leaves (or is gone for good). The leading guide cannot just leave: hand over or end the tour. */
export function removeMember(t: LiveTour, sessionId: string): Outcome {
  const m = memberOf(t, sessionId);
  if (!m) return refuse(ErrorCode.NotInTour, "you are not in this tour");
  if (sessionId === t.guide) return refuse(ErrorCode.NotNow, "the guide cannot leave the tour: hand it over or end it");
  const { [sessionId]: _gone, ...members } = t.members;
  return ok({ ...t, members, left: [...t.left, m.name].slice(-MAX_LEFT_NAMES) });
}

/** The guide's connection dropped: pause (remembering whether the narration was playing) and wait. */
export function guideAway(t: LiveTour, now: number): LiveTour {
  if (t.status === TourStatus.GuideAway) return t;
  return {
    ...t,
    status: TourStatus.GuideAway,
    resumePlaying: t.narration.playing,
    narration: pauseNarration(t.narration, now),
  };
}

/** The guide is back: carry on where the tour was, the narration too if it was playing. */
export function guideBack(t: LiveTour, now: number): LiveTour {
  if (t.status !== TourStatus.GuideAway) return t;
  const narration = t.resumePlaying ? playNarration(t.narration, now) : t.narration;
  return { ...t, status: TourStatus.Running, resumePlaying: false, narration };
}

/** The guide is gone for good: a co-guide in the tour takes over, or there is no one (null: the tour ends). */
export function successorOf(
  t: LiveTour,
  roleOf: (sessionId: string) => number | undefined,
  connected: (sessionId: string) => boolean,
): string | null {
  const coGuides = Object.keys(t.members).filter(
    (id) => id !== t.guide && roleOf(id) === VisitorRole.Guide && connected(id),
  );
  return coGuides.sort()[0] ?? null;
}

/** The guide shows the group the Bund of 1937 or of today: every member's view follows. */
export function showLayer(t: LiveTour, layer: PeriodLayer): Outcome {
  return ok(t.layer === layer ? t : { ...t, layer });
}

/** A private tour is left out of the public list; members still join by its code or link. */
export function keepPrivate(t: LiveTour, on: boolean): Outcome {
  return ok(t.private === on ? t : { ...t, private: on });
}
