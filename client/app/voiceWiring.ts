// Voice in the page (loaded after entering, like the tours): the call to the media server on every room connection,
// the mix placed each frame (present phase) from where the visitor's head is and where each speaker stands, the
// microphone button and push-to-talk, and the report window.bund.voice() gives.
import type { Room } from "colyseus.js";
import type { FrameLoop } from "./frameLoop";
import type { Visit } from "./visit";
import type { SettingsStore } from "../state/settings";
import type { VisitorStore } from "../state/visitors";
import { createVoiceControls } from "../ui/voiceControls";
import { createVoiceGroupPanel } from "../ui/voiceGroupPanel";
import { guideVoiceModel, memberVoice, type MemberVoice, type VoiceRosterState } from "../state/voiceRoster";
import { VoiceMessage } from "../../common/voiceWire";
import "../ui/voice.css";
import { startVoiceCall, type VoiceCall, type VoiceProblem } from "../net/voiceCall";
import { createVoiceMix, type Point3 } from "../render/voiceMix";
import { getStateCallbacks } from "colyseus.js";
import { voiceCaption, type Speaker } from "../state/voiceCaption";
import { createVoiceCaptionLine } from "../ui/voiceCaptionLine";
import { wireChat } from "./chatWiring";

/** Where a desktop visitor's ears are above the floor when no headset says otherwise. */
const EAR_HEIGHT = 1.6;

export interface VoiceReport {
  connected: boolean;
  mic: "on" | "off";
  /** Visitor ids whose voice reaches this visitor's ears now. */
  heard: string[];
  problem: VoiceProblem;
  /** The whole mix: RMS and loudest frequency (Hz). */
  output: { rms: number; peakHz: number };
  /** The caption naming who is speaking among the voices heard, or null. */
  caption: string | null;
  /** Visitor ids the room marks as speaking now. */
  speaking: string[];
}

export interface VoiceParts {
  ui: HTMLElement;
  settings: SettingsStore;
  loop: FrameLoop;
  visit: Visit;
  visitors: VisitorStore;
}

export interface VoiceWiring {
  /** A room connection (the first, or after a reconnection): the call starts again on it. */
  attach(room: Room): void;
  report(): VoiceReport;
  /** What the microphone button does (on or off, for open mic). */
  setMic(on: boolean): Promise<void>;
  /** What holding the talk key or controller button does. */
  pushToTalk(held: boolean): Promise<void>;
}

export async function wireVoice(parts: VoiceParts): Promise<VoiceWiring> {
  const mix = await createVoiceMix();
  let call: VoiceCall | null = null;
  let openMic = false;
  let talkHeld = false;

  let room: Room | null = null;
  let tourVoice: MemberVoice = null;
  const chat = wireChat(parts.ui, parts.settings);
  const render = () => controls.render({ micOn: call?.micOn() ?? false, problem: call?.problem() ?? null, tourVoice });
  const apply = async () => {
    await call?.setMic(openMic || talkHeld);
    render();
    if (openMic || talkHeld) await listMicrophones();
  };
  const controls = createVoiceControls(parts.ui, parts.settings, {
    toggleMic: () => {
      openMic = !openMic;
      void apply();
    },
    pushToTalk: (held) => {
      talkHeld = held;
      void apply();
    },
    chooseMic: (id) => void call?.useMicrophone(id),
    originalSound: (on) => {
      parts.settings.update({ originalSound: on });
      void call?.useMicrophone(undefined);
    },
  });
  // A guide's controls over the tour's voices, and what a member is told, read from the room state twice a second.
  const group = createVoiceGroupPanel(parts.ui, parts.settings, {
    floor: (member) => room?.send(VoiceMessage.Floor, { member }),
    mute: (member, on) => room?.send(VoiceMessage.Mute, { member, on }),
    muteAll: (on) => room?.send(VoiceMessage.MuteAll, { on }),
  });
  setInterval(() => {
    if (!room) return;
    const state = room.state as unknown as VoiceRosterState;
    group.show(guideVoiceModel(state, room.sessionId));
    const mine = memberVoice(state, room.sessionId);
    if (mine !== tourVoice) {
      tourVoice = mine;
      render();
    }
  }, 500);

  async function listMicrophones(): Promise<void> {
    const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
    controls.listMicrophones(devices.filter((d) => d.kind === "audioinput"));
  }

  // Who is speaking, as a caption for those who cannot hear it.
  const captionLine = createVoiceCaptionLine(parts.ui);
  let caption: string | null = null;
  parts.loop.join("present", (frame) => {
    const sceneId = parts.visit.view()?.data.id;
    if (!sceneId) return;
    const p = parts.visit.player();
    const ears: Point3 = frame.head ?? { x: p.x, y: EAR_HEIGHT, z: p.z };
    const yaw = frame.head?.yaw ?? p.yaw;
    const seen = new Map<string, Point3>();
    for (const v of parts.visitors.sample(frame.now, sceneId))
      seen.set(v.id, { x: v.pose.x, y: v.pose.y, z: v.pose.z });
    mix.place(ears, yaw, (id) => seen.get(id) ?? null);
    // Whose voice is heard and speaking now (a tour's guide may be heard from another place, so not by scene).
    const talking = mix.heard().filter((id) => parts.visitors.isSpeaking(id));
    const speakers: Speaker[] = talking.length ? parts.visitors.list().filter((v) => talking.includes(v.id)) : [];
    const now = voiceCaption(speakers, parts.settings.get().lang);
    if ((now?.line ?? null) !== caption) {
      caption = now?.line ?? null;
      captionLine.show(now);
    }
  });

  return {
    attach(next) {
      room = next;
      chat.attach(next);
      watchSpeakers(next, parts.visitors);
      call?.close();
      call = startVoiceCall(next, mix, { changed: render }, () => parts.settings.get().originalSound === true);
      if (openMic) void apply();
    },
    report() {
      return {
        connected: call?.connected() ?? false,
        mic: call?.micOn() ? "on" : "off",
        heard: mix.heard(),
        problem: call?.problem() ?? null,
        output: mix.output(),
        caption,
        speaking: parts.visitors.list().flatMap((v) => (parts.visitors.isSpeaking(v.id) ? [v.id] : [])),
      };
    },
    async setMic(on) {
      openMic = on;
      await apply();
    },
    async pushToTalk(held) {
      talkHeld = held;
      await apply();
    },
  };
}

/** The speaking ring follows the room state's voices as they change (not polled: a ring late by half a second misleads). */
function watchSpeakers(room: Room, visitors: VisitorStore): void {
  const state = room.state as { voices?: Map<string, { speaking: boolean }> };
  // Joined, the room's first state may not have come yet: watch once it has.
  if (!state.voices) {
    room.onStateChange.once(() => watchSpeakers(room, visitors));
    return;
  }
  const $ = getStateCallbacks(room);
  const watched = state as { voices: Map<string, { speaking: boolean }> };
  $(watched).voices.onAdd((seat: { speaking: boolean }, id: string) => {
    visitors.setSpeaking(id, seat.speaking);
    $(seat).onChange(() => visitors.setSpeaking(id, seat.speaking));
  });
  $(watched).voices.onRemove((_seat: unknown, id: string) => visitors.setSpeaking(id, false));
}
