// Follows the museum's room instances through Colyseus' own room-type events: logs rooms opening and closing and
// visitors arriving and leaving (with room and visitor ids), and counts the live tours the rooms advertise.
import type { Room } from "@colyseus/core";
import type { Logger } from "pino";
import type { LiveTourListing } from "../../common/tour";
import { roomLog, visitorLog } from "./logger";

/** The part of Colyseus' RegisteredHandler (what `gameServer.define()` returns) this needs. */
export interface RoomTypeEvents {
  on(event: "create" | "dispose", listener: (room: Room) => void): unknown;
  on(event: "join" | "leave", listener: (room: Room, client: { sessionId: string }) => void): unknown;
}

export interface RoomWatch {
  /** Room instances open in this process. */
  rooms(): number;
  /** Visitors connected to them (a visitor whose connection dropped is not, even while their seat is kept). */
  visitors(): number;
  /** Live tours advertised by them. */
  liveTours(): number;
}

export function watchRooms(events: RoomTypeEvents, log: Logger): RoomWatch {
  const rooms = new Set<Room>();
  events.on("create", (room) => {
    rooms.add(room);
    roomLog(log, room.roomId).info("room opened");
  });
  events.on("dispose", (room) => {
    rooms.delete(room);
    roomLog(log, room.roomId).info("room closed");
  });
  events.on("join", (room, client) => visitorLog(log, room.roomId, client.sessionId).info("visitor joined"));
  events.on("leave", (room, client) => visitorLog(log, room.roomId, client.sessionId).info("visitor left"));
  return {
    rooms: () => rooms.size,
    visitors() {
      let n = 0;
      for (const room of rooms) n += room.clients.length;
      return n;
    },
    liveTours() {
      let n = 0;
      for (const room of rooms) n += ((room.metadata as { tours?: LiveTourListing[] } | undefined)?.tours ?? []).length;
      return n;
    },
  };
}
