// The room as its desks (tours, voice, chat, moderation, lessons) see it: their messages go through the room's
// conduct (schema checks, refusals as strikes), they find clients and where visitors stand, and they place members.
import type { Client } from "@colyseus/core";
import type { LiveTourListing } from "../../common/tour";
import { SETTLE_MS, type Placement } from "../logic/placementSettle";
import type { MuseumRoomSettings } from "./roomSettings";
import type { MuseumState } from "./schema/MuseumState";
import type { TourRoomPort } from "./tourRoomPort";
import type { VisitorConduct } from "./VisitorConduct";
import { setPlace, whereaboutsOf } from "./visitorPlace";

/** What of the room the port reads; `roomId` is read each time (it is set once the room is created). */
export interface MuseumRoomParts {
  roomId(): string;
  state: MuseumState;
  settings: MuseumRoomSettings;
  conduct: VisitorConduct;
  placements: Map<string, Placement>;
  onMessage(type: string, handler: (client: Client, raw: unknown) => void): void;
  clientOf(sessionId: string): Client | undefined;
  advertise(tours: LiveTourListing[]): void;
}

export function museumRoomPort(room: MuseumRoomParts): TourRoomPort {
  const { conduct, placements, settings, state } = room;
  return {
    get roomId() {
      return room.roomId();
    },
    state,
    onMessage: (type, handler) => room.onMessage(type, handler),
    check: (client, type, schema, raw) => {
      const value = conduct.check(client, type, schema, raw);
      return value === null ? undefined : { value };
    },
    refuse: (client, type, code, message) => conduct.refuse(client, type, code, message),
    clientOf: (id) => room.clientOf(id),
    whereIs: (id) => whereaboutsOf(state.visitors.get(id), settings.scenes),
    place: (id, at) => {
      const v = state.visitors.get(id);
      if (v && setPlace(v, settings.scenes, at))
        placements.set(id, { x: at.x, z: at.z, until: performance.now() + SETTLE_MS });
    },
    advertise: (tours) => room.advertise(tours),
  };
}
