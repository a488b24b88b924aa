// The link to the museum server (loaded lazily, after the entry screen): join the room, report the link's state.
import { Client, type Room } from "colyseus.js";

export type LinkState = "connecting" | "connected" | "reconnecting" | "offline";

export interface MuseumLink {
  room: Room | null;
  leave(): Promise<void>;
}

export async function connectToMuseum(opts: { name: string; sceneId: string; onState(s: LinkState): void }): Promise<MuseumLink> {
  const endpoint = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
  const client = new Client(endpoint);
  opts.onState("connecting");
  try {
    const room = await client.joinOrCreate("museum", { name: opts.name, sceneId: opts.sceneId });
    opts.onState("connected");
    room.onLeave(() => opts.onState("offline"));
    return { room, leave: () => room.leave(true).then(() => undefined) };
  } catch (err) {
    // The museum stays usable alone when the server cannot be reached.
    console.info("Visiting offline: the museum server could not be reached.", err);
    opts.onState("offline");
    return { room: null, leave: async () => undefined };
  }
}
