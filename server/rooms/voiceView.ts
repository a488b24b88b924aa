// The room's state as the voice rules see it (server/logic/voiceRouting.ts): everyone with a voice connection, where
// they stand, whether their microphone is open, which tour they are in and whether they lead it.
import { VisitorRole } from "../../common/messageTypes";
import type { LiveTour } from "../logic/liveTour";
import type { TourVoiceState } from "../logic/voiceCommands";
import type { TourVoice, VoiceParty, VoiceRoomView } from "../logic/voiceRouting";
import type { TourRoomPort } from "./tourRoomPort";

/** The room as the voice desk sees it. */
export type VoiceRoomPort = Pick<TourRoomPort, "state" | "onMessage" | "check" | "refuse" | "clientOf" | "whereIs">;

const NOBODY: ReadonlySet<string> = new Set();

export function voiceViewOf(
  room: VoiceRoomPort,
  callers: Iterable<string>,
  tourOf: (id: string) => LiveTour | undefined,
  tourVoices: ReadonlyMap<string, TourVoiceState>,
  blocks: (a: string, b: string) => boolean,
  silenced: ReadonlySet<string> = NOBODY,
): VoiceRoomView {
  const parties: VoiceParty[] = [];
  for (const id of callers) {
    const at = room.whereIs(id);
    const seat = room.state.voices.get(id);
    if (!at || !seat || !at.connected) continue;
    const t = tourOf(id);
    const leads = t !== undefined && (t.guide === id || room.state.visitors.get(id)?.role === VisitorRole.Guide);
    parties.push({
      id,
      sceneId: at.sceneId,
      position: { x: at.x, y: 0, z: at.z },
      micOn: seat.mic,
      tour: t ? { code: t.code, leads } : null,
    });
  }
  const tours = new Map<string, TourVoice>();
  for (const [code, v] of tourVoices) tours.set(code, { floor: v.floor || null, muted: v.muted, mutedAll: v.mutedAll });
  return { parties, tours, silenced, blocks };
}
