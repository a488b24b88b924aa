// The room's shared state: data only. Issue-by-issue it grows (poses, tours); field types are chosen for bytes.
import { MapSchema, schema, type SchemaType } from "@colyseus/schema";

export const Visitor = schema({
  name: "string",
  sceneId: "string",
});
export type Visitor = SchemaType<typeof Visitor>;

export const MuseumState = schema({
  visitors: { map: Visitor },
});
export type MuseumState = SchemaType<typeof MuseumState>;

export function createMuseumState(): MuseumState {
  const state = new MuseumState();
  state.visitors = new MapSchema<Visitor>();
  return state;
}
