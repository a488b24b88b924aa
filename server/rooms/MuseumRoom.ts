// The one room type of the museum: every inbound frame is guarded (rate, decoding, schema) before a pure rule
// changes the state; a bad message costs its sender an error message, never the room or anyone else.
import { Room, type Client } from "@colyseus/core";
import { Protocol } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { cleanDisplayName } from "../../common/displayName";
import { CloseCode, ErrorCode, MessageType, VisitorRole, type ErrorMessage } from "../../common/messageTypes";
import { describeIssues, JoinOptionsSchema, ModeMessageSchema, PoseMessageSchema, SceneMessageSchema, type JoinOptions } from "../../common/messages";
import { leastUsedColor } from "../../common/palette";
import { createClientGuard, DEFAULT_LIMITS, type ClientGuard, type GuardLimits } from "../logic/clientGuard";
import { acceptPose } from "../logic/visitorPose";
import { isDecodableFrame } from "./frames";
import { createMuseumState, Visitor, type MuseumState } from "./schema/MuseumState";
import { quantizeCoord, quantizeMm, quantizeAngle, type PoseGrid } from "../../common/pose";
import type { Bounds } from "../../common/scene";
import type { z } from "zod";

export interface RoomScene {
  bounds: Bounds;
  grid: PoseGrid;
  spawn: { x: number; z: number; yawDeg: number };
}

/** What the server passes to every MuseumRoom (through define()'s options, which a client cannot override). */
export interface MuseumRoomSettings {
  scenes: Record<string, RoomScene>;
  maxVisitors: number;
  reconnectGraceSeconds: number;
  limits?: GuardLimits;
}

export class MuseumRoom extends Room<MuseumState> {
  private settings!: MuseumRoomSettings;
  private readonly guards = new Map<string, ClientGuard>();
  /** Sessions the room closed for misbehaving: they get no grace period to come back. */
  private readonly expelled = new Set<string>();

  override onCreate(options: { settings: MuseumRoomSettings }): void {
    this.settings = options.settings;
    this.maxClients = this.settings.maxVisitors;
    // The full state a newcomer receives must fit the encoder's buffer (8 KB by default: about 60 visitors).
    // A visitor encodes to at most ~160 bytes (a 32-character name in UTF-8 and the pose fields).
    Encoder.BUFFER_SIZE = Math.max(Encoder.BUFFER_SIZE, this.settings.maxVisitors * 160 + 8 * 1024);
    this.setState(createMuseumState());
    this.setPatchRate(50); // 20 Hz

    this.onMessage(MessageType.Pose, (client, raw) => {
      const visitor = this.state.visitors.get(client.sessionId);
      const msg = this.check(client, MessageType.Pose, PoseMessageSchema, raw);
      if (!visitor || !msg) return;
      const scene = this.settings.scenes[visitor.sceneId];
      Object.assign(visitor, acceptPose(msg, scene.bounds, scene.grid));
    });
    this.onMessage(MessageType.Mode, (client, raw) => {
      const visitor = this.state.visitors.get(client.sessionId);
      const msg = this.check(client, MessageType.Mode, ModeMessageSchema, raw);
      if (visitor && msg) visitor.mode = msg.mode === "xr" ? 1 : 0;
    });
    this.onMessage(MessageType.Scene, (client, raw) => {
      const visitor = this.state.visitors.get(client.sessionId);
      const msg = this.check(client, MessageType.Scene, SceneMessageSchema, raw);
      if (!visitor || !msg) return;
      if (!this.settings.scenes[msg.sceneId]) return this.refuse(client, MessageType.Scene, ErrorCode.UnknownScene, `no scene "${msg.sceneId}"`);
      visitor.sceneId = msg.sceneId;
      this.placeAtSpawn(visitor, msg.sceneId);
    });
    this.onMessage("*", (client, type) => {
      this.refuse(client, String(type).slice(0, 40), ErrorCode.UnknownMessage, `unknown message type "${String(type).slice(0, 40)}"`);
    });
  }

  /** Runs before onJoin; a throw here refuses the join with the message. */
  override onAuth(_client: Client, options: unknown): JoinOptions {
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success) throw new Error(`Invalid join options: ${describeIssues(parsed.error)}`);
    if (!this.settings.scenes[parsed.data.sceneId]) throw new Error(`Invalid join options: sceneId: no scene "${parsed.data.sceneId}"`);
    return parsed.data;
  }

  override onJoin(client: Client, _options: unknown, auth: JoinOptions): void {
    const visitor = new Visitor();
    visitor.name = cleanDisplayName(auth.name) || "Visitor";
    visitor.color = leastUsedColor([...this.state.visitors.values()].map((v) => v.color));
    visitor.role = VisitorRole.Visitor;
    visitor.sceneId = auth.sceneId;
    visitor.mode = auth.mode === "xr" ? 1 : 0;
    visitor.connected = true;
    this.placeAtSpawn(visitor, auth.sceneId);
    this.guards.set(client.sessionId, createClientGuard(this.settings.limits ?? DEFAULT_LIMITS, performance.now()));
    this.state.visitors.set(client.sessionId, visitor);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const visitor = this.state.visitors.get(client.sessionId);
    if (!visitor) return;
    const expelled = this.expelled.delete(client.sessionId);
    if (!consented && !expelled && this.settings.reconnectGraceSeconds > 0) {
      // A blip, not a goodbye: keep the avatar (greyed) and the seat for the grace period.
      visitor.connected = false;
      try {
        await this.allowReconnection(client, this.settings.reconnectGraceSeconds);
        visitor.connected = true;
        return;
      } catch {
        // the grace period ran out
      }
    }
    this.state.visitors.delete(client.sessionId);
    this.guards.delete(client.sessionId);
  }

  override onUncaughtException(err: Error, methodName: string): void {
    // Without this, Colyseus 0.16 turns a throwing handler into a process shutdown.
    console.error(`MuseumRoom ${this.roomId}: ${methodName} failed`, err);
  }

  /**
   * A browser closing its tab closes the socket with 1001 ("going away"): that is a goodbye, so the visitor leaves
   * at once. A network blip or a sleeping laptop gives 1006 and keeps the grace period.
   */
  protected override _onLeave(client: Client, code?: number): Promise<unknown> {
    return super._onLeave(client, code === 1001 ? Protocol.WS_CLOSE_CONSENTED : code);
  }

  /** Every frame passes the rate guard and must decode before Colyseus looks at it. */
  protected override _onMessage(client: Parameters<Room["_onMessage"]>[0], buffer: Buffer): void {
    try {
      const guard = this.guards.get(client.sessionId);
      const verdict = guard ? guard.admit(performance.now()) : "ok";
      if (verdict === "drop") return;
      if (verdict === "disconnect-flooding") return this.expel(client, CloseCode.Flooding, "too many messages a second");
      if (buffer?.[0] !== Protocol.JOIN_ROOM && buffer?.[0] !== Protocol.LEAVE_ROOM && !isDecodableFrame(buffer)) {
        return this.refuse(client, "(frame)", ErrorCode.InvalidMessage, "the frame is not a message this server understands");
      }
      super._onMessage(client, buffer);
    } catch (err) {
      this.refuse(client, "(frame)", ErrorCode.InvalidMessage, `the message could not be handled: ${(err as Error).message}`);
    }
  }

  private check<T>(client: Client, type: string, schema: z.ZodType<T>, raw: unknown): T | null {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.refuse(client, type, ErrorCode.InvalidMessage, describeIssues(parsed.error));
    return null;
  }

  private refuse(client: Client, type: string, code: ErrorCode, message: string): void {
    client.send(MessageType.Error, { code, type, message } satisfies ErrorMessage);
    const guard = this.guards.get(client.sessionId);
    if (guard?.invalid(performance.now()) === "disconnect-invalid") this.expel(client, CloseCode.InvalidMessages, "too many invalid messages");
  }

  private expel(client: Client, code: CloseCode, reason: string): void {
    if (this.expelled.has(client.sessionId)) return;
    this.expelled.add(client.sessionId);
    client.leave(code, reason);
  }

  private placeAtSpawn(visitor: Visitor, sceneId: string): void {
    const scene = this.settings.scenes[sceneId];
    visitor.x = quantizeCoord(scene.spawn.x, scene.grid.cx, scene.grid);
    visitor.z = quantizeCoord(scene.spawn.z, scene.grid.cz, scene.grid);
    visitor.y = quantizeMm(1.6);
    visitor.yaw = quantizeAngle((scene.spawn.yawDeg * Math.PI) / 180);
    visitor.pitch = 0;
    visitor.hands = 0;
  }
}
