// A tour guide's voice commands as pure rules: give and take back the floor, mute one member or all of them. The
// guide alone lifts a mute; the floor speaks even under mute-all (that is what giving it means).
import { ErrorCode, VisitorRole } from "../../common/messageTypes";
import type { LiveTour } from "./liveTour";

export interface TourVoiceState {
  /** Session id of the member with the floor, "" for none. */
  floor: string;
  mutedAll: boolean;
  muted: ReadonlySet<string>;
}

export type VoiceOutcome = { ok: true; voice: TourVoiceState } | { ok: false; code: ErrorCode; message: string };

export const QUIET_TOUR: TourVoiceState = { floor: "", mutedAll: false, muted: new Set() };

type RoleOf = (sessionId: string) => number | undefined;

function memberProblem(t: LiveTour, member: string, roleOf: RoleOf): VoiceOutcome | null {
  if (!(member in t.members)) {
    return { ok: false, code: ErrorCode.NoSuchMember, message: "that visitor is not a member of this tour" };
  }
  if (member === t.guide || roleOf(member) === VisitorRole.Guide) {
    return { ok: false, code: ErrorCode.NotNow, message: "a guide always speaks to the group" };
  }
  return null;
}

export function giveFloor(t: LiveTour, v: TourVoiceState, member: string | null, roleOf: RoleOf): VoiceOutcome {
  if (member === null) return { ok: true, voice: { ...v, floor: "" } };
  return memberProblem(t, member, roleOf) ?? { ok: true, voice: { ...v, floor: member } };
}

export function muteMember(t: LiveTour, v: TourVoiceState, member: string, on: boolean, roleOf: RoleOf): VoiceOutcome {
  const problem = memberProblem(t, member, roleOf);
  if (problem) return problem;
  const muted = new Set(v.muted);
  if (on) muted.add(member);
  else muted.delete(member);
  // Muting the member who has the floor takes it back: the guide meant them to stop.
  return { ok: true, voice: { ...v, muted, floor: on && v.floor === member ? "" : v.floor } };
}

export function muteAll(v: TourVoiceState, on: boolean): VoiceOutcome {
  // Lifting mute-all lets everyone speak again, the ones muted one by one included: "only the guide" did both.
  return { ok: true, voice: { ...v, mutedAll: on, muted: on ? v.muted : new Set() } };
}

/** Members who left are forgotten, so a returning visitor starts unmuted (the guide can mute them again). */
export function keepMembers(t: LiveTour, v: TourVoiceState): TourVoiceState {
  const muted = new Set([...v.muted].filter((id) => id in t.members));
  const floor = v.floor in t.members ? v.floor : "";
  return muted.size === v.muted.size && floor === v.floor ? v : { ...v, muted, floor };
}
