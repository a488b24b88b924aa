// The link to the museum server (loaded lazily, after the entry screen): join, mirror the room's visitors into the
// visitor store, send the local pose, and come back by itself after a dropped connection.
import { Client, getStateCallbacks, type Room, type SeatReservation } from "colyseus.js";
import {
  CloseCode,
  MessageType,
  VisitorRole,
  type ErrorMessage,
  type MuseumRestartingMessage,
} from "../../common/messageTypes";
import { AVATAR_PALETTE } from "../../common/palette";
import { poseMessageOf, quantizePose, type Pose, type PoseGrid, type QuantizedPose } from "../../common/pose";
import type { VisitorStore } from "../state/visitors";

export type LinkState = "connecting" | "connected" | "reconnecting" | "offline";

export interface MuseumLink {
  sessionId(): string | null;
  roomId(): string | null;
  /** How many pose messages left this client (for the HUD's diagnostics and the tests). */
  posesSent(): number;
  /** Sends the local pose if it changed, at most 20 times a second. */
  sendPose(pose: Pose, now: number): void;
  setMode(mode: "desktop" | "xr"): void;
  /** The visitor walked into another scene. */
  setScene(sceneId: string, grid: PoseGrid): void;
  leave(): Promise<void>;
}

export interface LinkOptions {
  name: string;
  sceneId: string;
  grid: PoseGrid;
  store: VisitorStore;
  onState(s: LinkState): void;
  /** How long to keep trying after a drop. By default two minutes: as long as a restarted server (even one that was
   *  killed, which says nothing first) keeps a tour's seats for returning members (MIN_RESTART_GRACE_SECONDS). */
  graceMs?: number;
  /** A signed-in guide's token, or a seat in the room instance of a live tour (POST /api/tours/:code/seat). */
  admission?: { guideToken?: string; seat?: () => Promise<SeatReservation> };
  /** Called with each room object (after joining and after every reconnection), e.g. to attach the tour channel. */
  onRoom?(room: Room): void;
  /**
   * After the server lost this visitor's place (it restarted, so the reconnection token is void): how to join again
   * in `sceneId` — a fresh guide token, and the tour's seat reclaimed with its ticket. Without it, or with no seat,
   * the visitor joins the museum afresh.
   */
  rejoin?(sceneId: string): Promise<{ guideToken?: string; seat?: () => Promise<SeatReservation> }>;
}

const SEND_INTERVAL_MS = 50;
/** A reserved seat lapses after a few seconds; a busy page may connect later than that, so it asks for a fresh one. */
const SEAT_ATTEMPTS = 3;

async function takeSeat(client: Client, seat: () => Promise<SeatReservation>): Promise<Room> {
  for (let attempt = 1; ; attempt++) {
    const reservation = await seat(); // a refusal here (no such tour) is final
    try {
      return await client.consumeSeatReservation(reservation);
    } catch (err) {
      if (attempt >= SEAT_ATTEMPTS) throw err;
    }
  }
}
const STOP_RETRYING = new Set<number>([4000, CloseCode.Flooding, CloseCode.InvalidMessages]);
/** The server answered (colyseus.js' ServerError and MatchMakeError carry its code): a refused token is void for good,
 *  unlike a network that is down for a moment. */
const answeredByServer = (err: unknown) => typeof (err as { code?: unknown } | null)?.code === "number";

type VisitorState = QuantizedPose & {
  name: string;
  color: number;
  role: number;
  sceneId: string;
  mode: number;
  connected: boolean;
};
/** A copy of the schema object's pose fields: the schema instance changes in place under the store's buffer. */
const wirePose = (v: QuantizedPose): QuantizedPose => ({
  x: v.x,
  y: v.y,
  z: v.z,
  yaw: v.yaw,
  pitch: v.pitch,
  hands: v.hands,
  lx: v.lx,
  ly: v.ly,
  lz: v.lz,
  lq: v.lq,
  rx: v.rx,
  ry: v.ry,
  rz: v.rz,
  rq: v.rq,
});

export async function connectToMuseum(opts: LinkOptions): Promise<MuseumLink> {
  const client = new Client(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`);
  let room: Room | null = null;
  let grid = opts.grid;
  let sceneId = opts.sceneId;
  opts.store.knowGrid(sceneId, grid);
  /** The scene the room has us in: a tour can move us to another before this client has built it. */
  const roomScene = () =>
    (room?.state as { visitors?: Map<string, { sceneId: string }> } | undefined)?.visitors?.get(room!.sessionId)
      ?.sceneId;
  let lastSent: number[] | null = null;
  let lastSentAt = -Infinity;
  let posesSent = 0;
  let leaving = false;
  /** How long the server said it keeps tours for returning members, when it announced a restart. */
  let restartGraceMs = 0;

  const mirror = (r: Room) => {
    opts.store.clear();
    const $ = getStateCallbacks(r);
    const state = r.state as { visitors: Map<string, VisitorState> };
    $(state).visitors.onAdd((v: VisitorState, id: string) => {
      if (id === r.sessionId) return;
      const info = () => ({
        id,
        name: v.name,
        color: AVATAR_PALETTE[v.color] ?? AVATAR_PALETTE[0],
        role: v.role === VisitorRole.Guide ? ("guide" as const) : ("visitor" as const),
        sceneId: v.sceneId,
        mode: v.mode === 1 ? ("xr" as const) : ("desktop" as const),
        connected: v.connected,
      });
      // The pose is stored as it travels, on the grid of *their* scene (not ours): the store decodes it with that
      // scene's grid when it is drawn, so poses received while we stood elsewhere are right once we get there.
      opts.store.upsert(info());
      opts.store.pushPose(id, wirePose(v), performance.now());
      $(v).onChange(() => {
        opts.store.upsert(info());
        opts.store.pushPose(id, wirePose(v), performance.now());
      });
    });
    $(state).visitors.onRemove((_v: VisitorState, id: string) => opts.store.remove(id));
    r.onMessage(MessageType.Error, (e: ErrorMessage) =>
      console.warn(`The server refused a "${e.type}" message: ${e.message}`),
    );
    // The server is about to restart (its sockets close with ServerRestarting): show the link as reconnecting now.
    r.onMessage(MessageType.MuseumRestarting, (m: MuseumRestartingMessage) => {
      if (typeof m?.graceSec === "number" && m.graceSec > 0) restartGraceMs = Math.min(m.graceSec, 600) * 1000;
      opts.onState("reconnecting");
    });
    r.onLeave((code) => {
      if (leaving) return;
      if (STOP_RETRYING.has(code)) {
        opts.onState("offline");
        return;
      }
      // A restarting server keeps no reconnection tokens: come back as a new connection (with the tour's ticket).
      void reconnect(code === CloseCode.ServerRestarting ? null : r.reconnectionToken);
    });
  };

  /** Joins again after the server forgot us: in the tour's seat where there is one, else the museum as before. */
  const joinAgain = async (): Promise<Room> => {
    const again = opts.rejoin ? await opts.rejoin(sceneId) : {};
    if (again.seat) return takeSeat(client, again.seat);
    const guideToken = again.guideToken ?? opts.admission?.guideToken;
    return client.joinOrCreate("museum", { name: opts.name, sceneId, ...(guideToken ? { guideToken } : {}) });
  };

  const reconnect = async (token: string | null) => {
    opts.onState("reconnecting");
    // A restart takes longer than a dropped connection: wait as long as the server said it keeps the tours.
    const deadline = performance.now() + Math.max(opts.graceMs ?? 120_000, token ? 0 : restartGraceMs);
    const comeBack = async (): Promise<Room> => {
      if (!token) return joinAgain();
      try {
        return await client.reconnect(token);
      } catch (err) {
        // The server is up but no longer holds our place (it was killed and started again): join again from now on.
        if (answeredByServer(err)) token = null;
        throw err;
      }
    };
    for (let delay = 250; performance.now() < deadline && !leaving; delay = Math.min(delay * 2, 4000)) {
      try {
        room = await comeBack();
        mirror(room);
        opts.onRoom?.(room);
        lastSent = null;
        opts.onState("connected");
        return;
      } catch {
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    room = null;
    opts.store.clear();
    opts.onState("offline");
  };

  opts.onState("connecting");
  try {
    const { seat, guideToken } = opts.admission ?? {};
    room = seat
      ? await takeSeat(client, seat)
      : await client.joinOrCreate("museum", {
          name: opts.name,
          sceneId: opts.sceneId,
          ...(guideToken ? { guideToken } : {}),
        });
    mirror(room);
    opts.onRoom?.(room);
    opts.onState("connected");
  } catch (err) {
    // The museum stays usable alone when the server cannot be reached.
    console.info("Visiting offline: the museum server could not be reached.", err);
    opts.onState("offline");
  }
  // Closing the tab is a goodbye, not a blip: leave at once so no avatar lingers for the grace period.
  window.addEventListener("pagehide", () => {
    leaving = true;
    void room?.leave(true);
  });

  return {
    sessionId: () => room?.sessionId ?? null,
    roomId: () => room?.roomId ?? null,
    posesSent: () => posesSent,
    sendPose(pose, now) {
      if (!room || now - lastSentAt < SEND_INTERVAL_MS) return;
      // Never a pose on another scene's grid: wait until this client shows the scene the room has us in.
      const there = roomScene();
      if (there && there !== sceneId) return;
      const msg = poseMessageOf(quantizePose(pose, grid));
      if (lastSent && msg.length === lastSent.length && msg.every((v, i) => v === lastSent![i])) return;
      room.send(MessageType.Pose, msg);
      lastSent = msg;
      lastSentAt = now;
      posesSent++;
    },
    setMode(mode) {
      room?.send(MessageType.Mode, { mode });
    },
    setScene(id, newGrid) {
      grid = newGrid;
      sceneId = id;
      opts.store.knowGrid(id, newGrid);
      lastSent = null;
      // Already there when a tour placed us (the room would otherwise stand us at the scene's spawn first).
      if (roomScene() !== id) room?.send(MessageType.Scene, { sceneId: id });
    },
    async leave() {
      leaving = true;
      await room?.leave(true);
    },
  };
}
