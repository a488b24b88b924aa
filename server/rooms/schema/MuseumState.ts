// The room's shared state: data only. Field types are chosen for bytes on the wire (see common/pose.ts).
import { MapSchema, schema, type SchemaType } from "@colyseus/schema";
import { Tour } from "./TourState";
import { VoiceSeat, VoiceTour } from "./VoiceState";

export const Visitor = schema({
  name: "string",
  /** Index into the avatar palette (common/palette.ts). */
  color: "uint8",
  /** VisitorRole. */
  role: "uint8",
  sceneId: "string",
  /** 0 desktop, 1 VR. */
  mode: "uint8",
  /** False while a dropped connection may still come back: the avatar stays, greyed, so nobody sees it flicker. */
  connected: "boolean",
  // The quantised pose: int16 fixed point on the scene's grid, angles in 16-bit turns, hands relative in mm.
  x: "int16",
  y: "int16",
  z: "int16",
  yaw: "uint16",
  pitch: "int16",
  hands: "uint8",
  lx: "int16",
  ly: "int16",
  lz: "int16",
  lq: "uint32",
  rx: "int16",
  ry: "int16",
  rz: "int16",
  rq: "uint32",
});
export type Visitor = SchemaType<typeof Visitor>;

export const MuseumState = schema({
  visitors: { map: Visitor },
  /** Live tours in this room instance, by join code. */
  tours: { map: Tour },
  /** Visitors with a voice connection, by session id (server/rooms/VoiceDesk.ts). */
  voices: { map: VoiceSeat },
  /** Each live tour's floor and mutes, by join code. */
  voiceTours: { map: VoiceTour },
});
export type MuseumState = SchemaType<typeof MuseumState>;

export function createMuseumState(): MuseumState {
  const state = new MuseumState();
  state.visitors = new MapSchema<Visitor>();
  state.tours = new MapSchema<Tour>();
  state.voices = new MapSchema<VoiceSeat>();
  state.voiceTours = new MapSchema<VoiceTour>();
  return state;
}
