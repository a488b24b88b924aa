// A visitor's own messages to the room: their pose (bounded, settled after a placement, kept inside a tour's lock),
// their mode (desktop or VR) and their scene; and the answer to a message type nobody handles.
import type { Client } from "@colyseus/core";
import { ModeMessageSchema, PoseMessageSchema, SceneMessageSchema } from "../../common/messages";
import { ErrorCode, MessageType } from "../../common/messageTypes";
import { dequantizeCoord } from "../../common/pose";
import type { SceneLock } from "../logic/lockRoaming";
import { judgePose, type Placement } from "../logic/placementSettle";
import { acceptPose } from "../logic/visitorPose";
import type { RoomScene } from "./roomSettings";
import type { MuseumState } from "./schema/MuseumState";
import { keepInsideLock, placeAtSpawn } from "./visitorPlace";
import type { VisitorConduct } from "./VisitorConduct";

/** What the visitors' messages need of their room. */
export interface VisitorHall {
  readonly state: MuseumState;
  readonly scenes: Record<string, RoomScene>;
  readonly conduct: VisitorConduct;
  /** Members the server just placed (gather), until their client has applied it. */
  readonly placements: Map<string, Placement>;
  lockFor(sessionId: string): SceneLock | undefined;
  onMessage(type: string, handler: (client: Client, ...args: unknown[]) => void): void;
}

export function listenToVisitors(hall: VisitorHall): void {
  const { conduct, state, scenes, placements } = hall;
  hall.onMessage(MessageType.Pose, (client, raw) => {
    const visitor = state.visitors.get(client.sessionId);
    const msg = conduct.check(client, MessageType.Pose, PoseMessageSchema, raw);
    if (!visitor || !msg) return;
    const scene = scenes[visitor.sceneId];
    const pose = acceptPose(msg, scene.bounds, scene.grid);
    const at = {
      x: dequantizeCoord(pose.x, scene.grid.cx, scene.grid),
      z: dequantizeCoord(pose.z, scene.grid.cz, scene.grid),
    };
    const settle = judgePose(at, placements.get(client.sessionId), performance.now());
    if (settle === "ignore") return;
    if (settle === "accept-and-settle") placements.delete(client.sessionId);
    const lock = hall.lockFor(client.sessionId);
    if (lock && lock.sceneId === visitor.sceneId) keepInsideLock(pose, scene.grid, at, lock);
    Object.assign(visitor, pose);
  });
  hall.onMessage(MessageType.Mode, (client, raw) => {
    const visitor = state.visitors.get(client.sessionId);
    const msg = conduct.check(client, MessageType.Mode, ModeMessageSchema, raw);
    if (visitor && msg) visitor.mode = msg.mode === "xr" ? 1 : 0;
  });
  hall.onMessage(MessageType.Scene, (client, raw) => {
    const visitor = state.visitors.get(client.sessionId);
    const msg = conduct.check(client, MessageType.Scene, SceneMessageSchema, raw);
    if (!visitor || !msg) return;
    const type = MessageType.Scene;
    if (!scenes[msg.sceneId]) return conduct.refuse(client, type, ErrorCode.UnknownScene, `no scene "${msg.sceneId}"`);
    const lock = hall.lockFor(client.sessionId);
    if (lock && lock.sceneId !== msg.sceneId) {
      return conduct.refuse(client, type, ErrorCode.Locked, "the guide has asked the group to stay at this stop");
    }
    visitor.sceneId = msg.sceneId;
    placeAtSpawn(visitor, scenes[msg.sceneId]);
  });
  // Colyseus calls this with (client, type, payload) for an unknown type, but with (client, payload) for a message
  // whose type is "*" itself: `type` may be anything a sender can encode, so it is never converted blindly.
  hall.onMessage("*", (client, type: unknown) => {
    const name =
      typeof type === "string" ? type.slice(0, 40) : typeof type === "number" ? String(type) : "(not a message name)";
    conduct.refuse(client, name, ErrorCode.UnknownMessage, `unknown message type "${name}"`);
  });
}
