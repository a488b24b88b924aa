// Who hears whom: the server's forwarding rules for voice, decided from the room's state alone (no sockets, no media).
// A tour's guides and the member holding the floor are a megaphone for their group, heard at full level wherever its
// members stand; every other voice carries only through the air: the nearest speakers of one's own scene, within
// reach, capped. A member the guide muted (one by one or all at once) is heard by no one until the guide allows it;
// a member's plain voice never reaches the whole group. Blocks cut both ways.

export interface VoicePoint {
  x: number;
  y: number;
  z: number;
}

/** One person in the room as voice sees them. */
export interface VoiceParty {
  id: string;
  sceneId: string;
  /** World metres, so that distances mean the same in every scene. */
  position: VoicePoint;
  /** The visitor's own microphone switch (open mic, or push-to-talk held). */
  micOn: boolean;
  /** The tour they are in, if any, and whether they lead it (the guide or a co-guide). */
  tour: { code: string; leads: boolean } | null;
}

/** What a tour's guide has decided about who may speak. */
export interface TourVoice {
  /** The member who has been given the floor, or null. */
  floor: string | null;
  /** Members the guide muted one by one; only the guide lets them speak again. */
  muted: ReadonlySet<string>;
  /** Every member muted at once (mute-all); the floor still speaks. */
  mutedAll: boolean;
}

export interface VoiceRoomView {
  parties: readonly VoiceParty[];
  tours: ReadonlyMap<string, TourVoice>;
  /** Silenced by a moderator for a time: forwarded to no one. */
  silenced: ReadonlySet<string>;
  /** True when `a` has blocked `b`. Checked both ways: neither hears the other. */
  blocks: (a: string, b: string) => boolean;
}

export interface VoiceLimits {
  /** Most voices one listener receives at once: the slots of their connection. */
  slots: number;
  /** Most spatial (proximity) voices one free visitor hears at once. */
  spatialCap: number;
  /** Beyond this distance in metres a spatial voice is not forwarded at all. */
  hearingRadius: number;
}

export const DEFAULT_VOICE_LIMITS: VoiceLimits = { slots: 8, spatialCap: 6, hearingRadius: 20 };

export type VoiceMode = "megaphone" | "spatial";

export interface HeardVoice {
  speaker: string;
  mode: VoiceMode;
}

/** May this party's voice reach their tour's group right now? */
function speaksToGroup(p: VoiceParty, tour: TourVoice | undefined): boolean {
  if (!p.tour) return false;
  if (p.tour.leads) return true;
  return tour !== undefined && tour.floor === p.id;
}

/** May this party be heard at all (mic open, not silenced, not muted by their guide)? */
function audible(p: VoiceParty, view: VoiceRoomView): boolean {
  if (!p.micOn || view.silenced.has(p.id)) return false;
  if (!p.tour || p.tour.leads) return true;
  const tour = view.tours.get(p.tour.code);
  if (!tour || tour.floor === p.id) return true;
  return !tour.mutedAll && !tour.muted.has(p.id);
}

function distanceSquared(a: VoicePoint, b: VoicePoint): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return dx * dx + dy * dy + dz * dz;
}

/** What one listener hears, megaphones first, then the nearest spatial voices; at most `limits.slots`. */
export function voicesHeardBy(listener: VoiceParty, view: VoiceRoomView, limits: VoiceLimits): HeardVoice[] {
  const heard: HeardVoice[] = [];
  const near: { speaker: string; d2: number }[] = [];
  const r2 = limits.hearingRadius * limits.hearingRadius;
  for (const speaker of view.parties) {
    if (speaker.id === listener.id || !audible(speaker, view)) continue;
    if (view.blocks(listener.id, speaker.id) || view.blocks(speaker.id, listener.id)) continue;
    const tourCode = listener.tour?.code;
    if (tourCode !== undefined && speaker.tour?.code === tourCode && speaksToGroup(speaker, view.tours.get(tourCode))) {
      heard.push({ speaker: speaker.id, mode: "megaphone" });
      continue;
    }
    if (speaker.sceneId !== listener.sceneId) continue;
    const d2 = distanceSquared(listener.position, speaker.position);
    if (d2 <= r2) near.push({ speaker: speaker.id, d2 });
  }
  heard.sort((a, b) => (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0));
  near.sort((a, b) => a.d2 - b.d2 || (a.speaker < b.speaker ? -1 : 1));
  const room = Math.max(0, Math.min(limits.spatialCap, limits.slots - heard.length));
  for (const n of near.slice(0, room)) heard.push({ speaker: n.speaker, mode: "spatial" });
  return heard.slice(0, limits.slots);
}

/** Every listener's voices: the whole forwarding table of a room. */
export function voiceRoutes(
  view: VoiceRoomView,
  limits: VoiceLimits = DEFAULT_VOICE_LIMITS,
): Map<string, HeardVoice[]> {
  const routes = new Map<string, HeardVoice[]>();
  for (const listener of view.parties) routes.set(listener.id, voicesHeardBy(listener, view, limits));
  return routes;
}
