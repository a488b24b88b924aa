// The room's voice desk: signalling between each visitor's browser and the media server (offer, answer, over the
// room's own connection), the microphone switch, blocks, a tour guide's floor and mutes (validate → pure rule in
// server/logic/voiceCommands.ts → mirror into the state), and the forwarding table, recomputed from the room's state
// a few times a second (server/logic/voiceRouting.ts) and sent to the media server as slot changes.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import { ErrorCode } from "../../common/messageTypes";
import * as V from "../../common/voiceMessages";
import {
  VoiceDownReason,
  VoiceMessage,
  type VoiceDownMessage,
  type VoiceOfferMessage,
  type VoiceSlotsMessage,
} from "../../common/voiceWire";
import type { LiveTour } from "../logic/liveTour";
import { mayLead } from "../logic/tourCommands";
import { giveFloor, keepMembers, muteAll, muteMember, QUIET_TOUR, type TourVoiceState } from "../logic/voiceCommands";
import { voiceRoutes, type VoiceMode } from "../logic/voiceRouting";
import { assignSlots, emptySlots, slotChanges } from "../logic/voiceSlots";
import type { VoiceHub, VoiceListener } from "../voice/voiceHub";
import { createVoiceSeat, createVoiceTour, type VoiceSeat } from "./schema/VoiceState";
import { voiceViewOf, type VoiceRoomPort } from "./voiceView";

/** Most visitors one visitor may block (a bound on what a message can make the server keep). */
export const MAX_BLOCKS = 200;
/** A visitor may open their voice connection again after this long (each opening costs the media server a call). */
const JOIN_COOLDOWN_MS = 2000;

interface Call {
  /** The offer went out; the answer has not come back yet. */
  answered: boolean;
  slots: (string | null)[];
  modes: (VoiceMode | null)[];
  lastJoin: number;
}

export class VoiceDesk implements VoiceListener {
  private readonly calls = new Map<string, Call>();
  private readonly blocks = new Map<string, Set<string>>();
  private readonly tourVoices = new Map<string, TourVoiceState>();
  /** What the media server last said of each voice's loudness: the microphone's "on" may come after the voice. */
  private readonly loud = new Map<string, boolean>();
  /** Visitors a moderator silenced in this room (server/rooms/ModerationDesk.ts): forwarded to no one. */
  silenced: ReadonlySet<string> = new Set();
  /** Told of each guide command that took effect (the moderation log keeps mutes and floors ended). */
  acted?: (type: string, guide: string, msg: unknown) => void;

  constructor(
    private readonly room: VoiceRoomPort,
    private readonly hub: VoiceHub | null,
    private readonly tourOf: (sessionId: string) => LiveTour | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  listen(): void {
    this.on(VoiceMessage.Join, V.VoiceJoinSchema, (client) => void this.join(client));
    this.on(VoiceMessage.Answer, V.VoiceAnswerSchema, (client, m) => void this.answer(client, m.sdp));
    this.on(VoiceMessage.Mic, V.VoiceMicSchema, (client, m) => {
      const seat = this.room.state.voices.get(client.sessionId);
      if (!seat) return this.room.refuse(client, VoiceMessage.Mic, ErrorCode.NotNow, "voice is not connected");
      seat.mic = m.on;
      // The voice may have come through the media server before this message came through the room.
      seat.speaking = m.on && this.loud.get(client.sessionId) === true;
    });
    this.on(VoiceMessage.Leave, V.VoiceLeaveSchema, (client) => this.hangUp(client.sessionId));
    this.on(VoiceMessage.Block, V.VoiceBlockSchema, (client, m) => this.block(client, m.visitor, m.on));
    this.lead(VoiceMessage.Floor, V.VoiceFloorSchema, (t, v, m) => giveFloor(t, v, m.member, this.roleOf));
    this.lead(VoiceMessage.Mute, V.VoiceMuteSchema, (t, v, m) => muteMember(t, v, m.member, m.on, this.roleOf));
    this.lead(VoiceMessage.MuteAll, V.VoiceMuteAllSchema, (_t, v, m) => muteAll(v, m.on));
  }

  /** Neither hears nor reads the other (the chat asks this too). */
  blocked(a: string, b: string): boolean {
    return this.blocks.get(a)?.has(b) === true || this.blocks.get(b)?.has(a) === true;
  }

  /** The visitor left the room for good. */
  left(sessionId: string): void {
    this.hangUp(sessionId);
    this.blocks.delete(sessionId);
  }

  // ——— from the media server (server/voice/voiceHub.ts) ———

  published(): void {
    this.reroute();
  }

  speaking(peer: string, on: boolean): void {
    if (this.calls.has(peer)) this.loud.set(peer, on);
    const seat = this.room.state.voices.get(peer);
    if (seat) seat.speaking = on && seat.mic;
  }

  lost(peer: string): void {
    this.drop(peer, VoiceDownReason.Failed);
  }

  mediaRestarted(): void {
    for (const peer of [...this.calls.keys()]) this.drop(peer, VoiceDownReason.Restarting);
  }

  // ——— the forwarding table ———

  /** Recomputes who hears whom and sends the media server only what changed. Called by the room's clock. */
  reroute(): void {
    if (!this.hub || this.calls.size === 0) return;
    this.forgetEndedTours();
    const blocked = (a: string, b: string) => this.blocked(a, b);
    const view = voiceViewOf(this.room, this.calls.keys(), this.tourOf, this.tourVoices, blocked, this.silenced);
    const routes = voiceRoutes(view, this.hub.limits);
    const changes: { listener: string; slot: number; speaker: string | null }[] = [];
    for (const [listener, heard] of routes) {
      const call = this.calls.get(listener);
      if (!call?.answered) continue;
      const next = assignSlots(
        call.slots,
        heard.map((h) => h.speaker),
      );
      const modeOf = new Map(heard.map((h) => [h.speaker, h.mode]));
      const modes = next.map((s) => (s === null ? null : (modeOf.get(s) ?? null)));
      for (const c of slotChanges(call.slots, next)) changes.push({ listener, ...c });
      const changed = next.some((s, i) => s !== call.slots[i] || modes[i] !== call.modes[i]);
      call.slots = next;
      call.modes = modes;
      if (changed) {
        const slots = next.map((speaker, i) => (speaker === null ? null : { speaker, mode: modes[i]! }));
        this.room.clientOf(listener)?.send(VoiceMessage.Slots, { slots } satisfies VoiceSlotsMessage);
      }
    }
    this.hub.media.route(changes);
  }

  // ——— signalling ———

  private async join(client: Client): Promise<void> {
    const id = client.sessionId;
    if (!this.hub) return this.down(client, VoiceDownReason.Off, null);
    const previous = this.calls.get(id);
    const now = this.now();
    if (previous && now - previous.lastJoin < JOIN_COOLDOWN_MS) {
      const message = `voice was opened a moment ago: try again in ${Math.ceil((JOIN_COOLDOWN_MS - (now - previous.lastJoin)) / 1000)} s`;
      return this.room.refuse(client, VoiceMessage.Join, ErrorCode.TooSoon, message);
    }
    const slots = this.hub.limits.slots;
    const modes = new Array<VoiceMode | null>(slots).fill(null);
    this.calls.set(id, { answered: false, slots: emptySlots(slots), modes, lastJoin: now });
    this.hub.attach(id, this);
    if (!this.room.state.voices.has(id)) this.room.state.voices.set(id, createVoiceSeat());
    try {
      const sdp = await this.hub.media.open(id);
      // The visitor may have left, or asked again, while the media server worked.
      if (this.calls.get(id)?.lastJoin !== now || !this.room.clientOf(id)) return;
      client.send(VoiceMessage.Offer, { sdp, slots, iceServers: this.hub.iceServers } satisfies VoiceOfferMessage);
    } catch {
      if (this.calls.get(id)?.lastJoin === now) this.drop(id, VoiceDownReason.Failed);
    }
  }

  private async answer(client: Client, sdp: string): Promise<void> {
    const call = this.calls.get(client.sessionId);
    if (!call || call.answered || !this.hub) {
      return this.room.refuse(client, VoiceMessage.Answer, ErrorCode.NotNow, "no voice offer is waiting for an answer");
    }
    try {
      await this.hub.media.answer(client.sessionId, sdp);
      call.answered = true;
      this.reroute();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.room.refuse(client, VoiceMessage.Answer, ErrorCode.InvalidMessage, `the answer was not accepted: ${why}`);
      this.drop(client.sessionId, VoiceDownReason.Failed);
    }
  }

  private hangUp(id: string): void {
    if (!this.calls.delete(id)) return;
    this.loud.delete(id);
    this.hub?.media.close(id);
    this.hub?.detach(id);
    this.room.state.voices.delete(id);
    this.reroute();
  }

  private drop(id: string, reason: VoiceDownReason): void {
    const client = this.room.clientOf(id);
    this.hangUp(id);
    if (client) this.down(client, reason, this.hub?.retryMs ?? null);
  }

  private down(client: Client, reason: VoiceDownReason, retryMs: number | null): void {
    client.send(VoiceMessage.Down, { reason, retryMs } satisfies VoiceDownMessage);
  }

  // ——— blocks and the guide's commands ———

  private block(client: Client, other: string, on: boolean): void {
    const mine = this.blocks.get(client.sessionId) ?? new Set<string>();
    if (on && !mine.has(other) && mine.size >= MAX_BLOCKS) {
      const message = `you have blocked ${MAX_BLOCKS} visitors, the most kept: unblock one first`;
      return this.room.refuse(client, VoiceMessage.Block, ErrorCode.NotNow, message);
    }
    if (on && other === client.sessionId) {
      return this.room.refuse(client, VoiceMessage.Block, ErrorCode.NotNow, "you cannot block yourself");
    }
    if (on) mine.add(other);
    else mine.delete(other);
    if (mine.size > 0) this.blocks.set(client.sessionId, mine);
    else this.blocks.delete(client.sessionId);
    this.reroute();
  }

  private readonly roleOf = (id: string) => this.room.state.visitors.get(id)?.role;

  private lead<T>(
    type: string,
    schema: z.ZodType<T>,
    run: (t: LiveTour, v: TourVoiceState, msg: T) => ReturnType<typeof muteAll>,
  ): void {
    this.on(type, schema, (client, msg) => {
      const visitor = this.room.state.visitors.get(client.sessionId);
      if (!visitor) return;
      const may = mayLead(this.tourOf(client.sessionId), client.sessionId, visitor.role);
      if (!may.ok) return this.room.refuse(client, type, may.code, may.message);
      const out = run(may.tour, this.tourVoices.get(may.tour.code) ?? QUIET_TOUR, msg);
      if (!out.ok) return this.room.refuse(client, type, out.code, out.message);
      this.mirror(may.tour.code, out.voice);
      this.reroute();
      this.acted?.(type, client.sessionId, msg);
    });
  }

  private mirror(code: string, v: TourVoiceState): void {
    this.tourVoices.set(code, v);
    const voiceTours = this.room.state.voiceTours;
    const t = voiceTours.get(code) ?? createVoiceTour();
    if (!voiceTours.has(code)) voiceTours.set(code, t);
    t.floor = v.floor;
    t.mutedAll = v.mutedAll;
    for (const id of [...t.muted.keys()]) if (!v.muted.has(id)) t.muted.delete(id);
    for (const id of v.muted) if (!t.muted.has(id)) t.muted.set(id, true);
  }

  private forgetEndedTours(): void {
    for (const [code, v] of this.tourVoices) {
      const tour = this.room.state.tours.has(code) ? this.liveTour(code) : undefined;
      if (!tour) {
        this.tourVoices.delete(code);
        this.room.state.voiceTours.delete(code);
      } else {
        const kept = keepMembers(tour, v);
        if (kept !== v) this.mirror(code, kept);
      }
    }
  }

  private liveTour(code: string): LiveTour | undefined {
    const guide = this.room.state.tours.get(code)?.guide;
    return guide ? this.tourOf(guide) : undefined;
  }

  private on<T>(type: string, schema: z.ZodType<T>, run: (client: Client, msg: T) => void): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      if (msg) run(client, msg.value);
    });
  }
}

export type { VoiceSeat };
