// A tour's voices read from the room state: for its leading guide, every member's speaking, muted and floor marks;
// for a member, whether they have the floor or were muted. Pure: the room state comes in as plain maps.

interface MapLike<V> {
  get(key: string): V | undefined;
  forEach(fn: (value: V, key: string) => void): void;
}

/** The parts of the room state this reads (schema objects or plain maps alike). */
export interface VoiceRosterState {
  visitors: MapLike<{ name: string }>;
  tours: MapLike<{ guide: string; members: MapLike<unknown> }>;
  voices?: MapLike<{ speaking: boolean }>;
  voiceTours?: MapLike<{ floor: string; mutedAll: boolean; muted: MapLike<boolean> }>;
}

export interface VoiceMemberView {
  id: string;
  name: string;
  speaking: boolean;
  muted: boolean;
}

export interface VoiceGroupModel {
  mutedAll: boolean;
  /** The member with the floor, or null. */
  floor: string | null;
  members: VoiceMemberView[];
}

export type MemberVoice = "floor" | "muted" | null;

function tourOf(state: VoiceRosterState, me: string): { code: string; guide: string; members: string[] } | null {
  let found: { code: string; guide: string; members: string[] } | null = null;
  state.tours.forEach((tour, code) => {
    if (found || tour.members.get(me) === undefined) return;
    const members: string[] = [];
    tour.members.forEach((_m, id) => members.push(id));
    found = { code, guide: tour.guide, members };
  });
  return found;
}

/** The guide's view of their tour's voices; null unless `me` leads a tour. */
export function guideVoiceModel(state: VoiceRosterState, me: string): VoiceGroupModel | null {
  const tour = tourOf(state, me);
  if (!tour || tour.guide !== me) return null;
  const v = state.voiceTours?.get(tour.code);
  return {
    mutedAll: v?.mutedAll ?? false,
    floor: v?.floor || null,
    members: tour.members
      .filter((id) => id !== me)
      .map((id) => ({
        id,
        name: state.visitors.get(id)?.name ?? id,
        speaking: state.voices?.get(id)?.speaking ?? false,
        muted: (v?.mutedAll ?? false) || v?.muted.get(id) === true,
      })),
  };
}

/** What a member is told about their own voice in the tour. */
export function memberVoice(state: VoiceRosterState, me: string): MemberVoice {
  const tour = tourOf(state, me);
  if (!tour || tour.guide === me) return null;
  const v = state.voiceTours?.get(tour.code);
  if (!v) return null;
  if (v.floor === me) return "floor";
  return v.mutedAll || v.muted.get(me) === true ? "muted" : null;
}
