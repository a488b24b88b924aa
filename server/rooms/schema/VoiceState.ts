// The voice part of the room state: who has a voice connection, whose microphone is open, who is speaking now (the
// ring on an avatar, the mark in the headcount), and each tour's floor and mutes. Blocks are private: never here.
import { MapSchema, schema, type SchemaType } from "@colyseus/schema";

export const VoiceSeat = schema({
  /** The visitor's microphone is open (open mic, or push-to-talk held). */
  mic: "boolean",
  /** Their voice is heard right now (voice activity, with hysteresis: server/voice/speakingGate.ts). */
  speaking: "boolean",
});
export type VoiceSeat = SchemaType<typeof VoiceSeat>;

export const VoiceTour = schema({
  /** Session id of the member who has the floor, "" when none. */
  floor: "string",
  /** Every member muted at once; only a guide lifts it. */
  mutedAll: "boolean",
  /** Members the guide muted one by one, by session id (a key present means muted). */
  muted: { map: "boolean" },
});
export type VoiceTour = SchemaType<typeof VoiceTour>;

export function createVoiceTour(): VoiceTour {
  const t = new VoiceTour();
  t.floor = "";
  t.mutedAll = false;
  t.muted = new MapSchema<boolean>();
  return t;
}

export function createVoiceSeat(): VoiceSeat {
  const s = new VoiceSeat();
  s.mic = false;
  s.speaking = false;
  return s;
}
