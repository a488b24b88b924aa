// The one room type of the museum: every inbound frame is guarded (rate, decoding, schema) before a pure rule
// changes the state; a bad message costs its sender an error message, never the room or anyone else.
import { Room, type Client } from "@colyseus/core";
import { generateId, matchMaker, Protocol, ServerError, type RoomException } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { cleanDisplayName } from "../../common/displayName";
import { CloseCode, ErrorCode, MessageType, VisitorRole, type ErrorMessage, type MuseumRestartingMessage } from "../../common/messageTypes";
import { describeIssues, ModeMessageSchema, PoseMessageSchema, SceneMessageSchema } from "../../common/messages";
import { admitJoin, type Admission, type AdmissionRules, type SeatHoldLimits } from "../logic/admission";
import type { RoomQuota } from "../logic/roomQuota";
import { VISITOR_ADDRESS_OPTION } from "./seatAddress";
import { roomAdmissionRules, SeatHolds } from "./seatHolds";
import { leastUsedColor } from "../../common/palette";
import { createClientGuard, DEFAULT_LIMITS, type ClientGuard, type GuardLimits } from "../logic/clientGuard";
import { acceptPose } from "../logic/visitorPose";
import { visitorNameBeside } from "../logic/guideNames";
import { isDecodableFrame } from "./frames";
import { createMuseumState, Visitor, type MuseumState } from "./schema/MuseumState";
import { dequantizeCoord, type PoseGrid } from "../../common/pose";
import type { Bounds } from "../../common/scene";
import type { LiveTourListing } from "../../common/tour";
import type { z } from "zod";
import type { GuideSession } from "../auth/guideToken";
import { judgePose, SETTLE_MS, type Placement } from "../logic/placementSettle";
import { TourDesk, type TourSettings } from "./TourDesk";
import type { Whereabouts } from "./tourRoomPort";
import { keepInsideLock, placeAtSpawn, setPlace, whereaboutsOf } from "./visitorPlace";
import { FAILURE_LOG_INTERVAL_MS, type RoomObserver } from "../observability/roomObserver";
import { createLogThrottle } from "../observability/logThrottle";
import { asJoinRefusal, judgeFailure } from "./roomFailures";

export interface RoomScene {
  bounds: Bounds;
  grid: PoseGrid;
  spawn: { x: number; z: number; yawDeg: number };
  /** Metres: where a visitor's eyes are when they arrive (the scene file's eyeHeight). */
  eyeHeight: number;
}

/** What the server passes to every MuseumRoom (through define()'s options, which a client cannot override). */
export interface MuseumRoomSettings {
  scenes: Record<string, RoomScene>;
  maxVisitors: number;
  reconnectGraceSeconds: number;
  limits?: GuardLimits;
  /** Checks a guide's sign-in token (server/auth/guideToken.ts); without it nobody can be a guide. */
  verifyGuide?: (token: string) => GuideSession | null;
  /** Whether a name's likeness (server/logic/guideNames.ts) is a guide account's: visitors are not let appear under it. */
  isGuideName?: (likeness: string) => boolean;
  tours?: TourSettings;
  /** Counts and logs refusals, expulsions and patch times (server/observability/); absent in most tests. */
  observer?: RoomObserver;
  /** Limits on seats held unused and rooms opened (config's admission limits); absent, nothing is capped. */
  admission?: { holds: SeatHoldLimits; holdSeconds: number; rooms?: RoomQuota };
}

/** What a seat request gets back from the room that holds the tour (through matchMaker.remoteRoomCall, so JSON). */
export type SeatHold = { sessionId: string } | { status: number; error: string };

const NO_TOURS: TourSettings = { plans: { get: () => null }, content: { scenes: new Map() }, headroom: 0 };

export class MuseumRoom extends Room<MuseumState> {
  private settings!: MuseumRoomSettings;
  private readonly guards = new Map<string, ClientGuard>();
  /** Sessions the room closed for misbehaving: they get no grace period to come back. */
  private readonly expelled = new Set<string>();
  /** Members the server just placed (gather), until their client has applied it. */
  private readonly placements = new Map<string, Placement>();
  private desk!: TourDesk;
  /** Without an observer (tests), failures go to stderr, as rarely as the observer would write them. */
  private readonly quietFailures = createLogThrottle(FAILURE_LOG_INTERVAL_MS);
  /** The server is shutting down: the tours are kept as they are, whoever's socket closes. */
  private restarting = false;
  private holds!: SeatHolds;
  /** This room counts in the room quota (given back on dispose). */
  private countedRoom = false;

  override onCreate(options: { settings: MuseumRoomSettings }): void {
    this.settings = options.settings;
    // Shutting down, open rooms are locked; a join that would open a new one is refused, with a reason to show.
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) this.refuseOpening(503, "The museum is restarting: join again in a moment");
    // Rooms opened per address a minute, and in all (an address is only there when a visitor's matchmaking opens it).
    const address = (options as Record<string, unknown>)[VISITOR_ADDRESS_OPTION];
    const opening = this.settings.admission?.rooms?.open(typeof address === "string" ? address : undefined, Date.now());
    if (opening && !opening.ok) this.refuseOpening(opening.status, `No room can be opened now: ${opening.reason}`);
    this.countedRoom = Boolean(opening);
    // A seat nobody takes up is given back within seconds, so that holding seats costs an attacker a stream of requests.
    if (this.settings.admission) this.setSeatReservationTime(this.settings.admission.holdSeconds);
    this.holds = new SeatHolds(this.settings.admission?.holds);
    const tours = this.settings.tours ?? NO_TOURS;
    // The hard cap; free visitors only get maxVisitors of it (see _reserveSeat), the rest is kept for tour members.
    this.maxClients = this.settings.maxVisitors + tours.headroom;
    // The full state a newcomer receives must fit the encoder's buffer (8 KB by default: about 60 visitors).
    // A visitor encodes to at most ~160 bytes (a 32-character name in UTF-8 and the pose fields), a tour member ~10.
    Encoder.BUFFER_SIZE = Math.max(Encoder.BUFFER_SIZE, this.maxClients * 170 + 16 * 1024);
    this.setState(createMuseumState());
    this.setPatchRate(50); // 20 Hz

    this.onMessage(MessageType.Pose, (client, raw) => {
      const visitor = this.state.visitors.get(client.sessionId);
      const msg = this.check(client, MessageType.Pose, PoseMessageSchema, raw);
      if (!visitor || !msg) return;
      const scene = this.settings.scenes[visitor.sceneId];
      const pose = acceptPose(msg, scene.bounds, scene.grid);
      const at = { x: dequantizeCoord(pose.x, scene.grid.cx, scene.grid), z: dequantizeCoord(pose.z, scene.grid.cz, scene.grid) };
      const settle = judgePose(at, this.placements.get(client.sessionId), performance.now());
      if (settle === "ignore") return;
      if (settle === "accept-and-settle") this.placements.delete(client.sessionId);
      const lock = this.desk.lockFor(client.sessionId);
      if (lock && lock.sceneId === visitor.sceneId) keepInsideLock(pose, scene.grid, at, lock);
      Object.assign(visitor, pose);
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
      const lock = this.desk.lockFor(client.sessionId);
      if (lock && lock.sceneId !== msg.sceneId) return this.refuse(client, MessageType.Scene, ErrorCode.Locked, "the guide has asked the group to stay at this stop");
      visitor.sceneId = msg.sceneId;
      placeAtSpawn(visitor, this.settings.scenes[msg.sceneId]);
    });
    this.desk = new TourDesk(this.tourPort(), tours);
    this.desk.listen();
    const restored = tours.restored?.take();
    if (restored?.length) this.holdRestored(restored, tours.restoreGraceSeconds ?? this.settings.reconnectGraceSeconds);
    this.clock.setInterval(() => this.desk.headcount(), 1000);
    // Colyseus calls this with (client, type, payload) for an unknown type, but with (client, payload) for a message
    // whose type is "*" itself: `type` may be anything a sender can encode, so it is never converted blindly.
    this.onMessage("*", (client, type: unknown) => {
      const name = typeof type === "string" ? type.slice(0, 40) : typeof type === "number" ? String(type) : "(not a message name)";
      this.refuse(client, name, ErrorCode.UnknownMessage, `unknown message type "${name}"`);
    });
  }

  /** Runs before onJoin; a throw here refuses the join with the message. The same check admitted the seat. */
  override onAuth(client: Client, options: unknown): Admission {
    this.holds.taken(client.sessionId);
    const verdict = admitJoin(options, this.admissionRules());
    if (!verdict.ok) throw new Error(verdict.reason);
    return verdict.admission;
  }

  /**
   * Colyseus 0.16 starts a room's patch interval and clock before onCreate and neither disposes nor stops them when
   * onCreate throws: each refused room would patch at 20 Hz for ever (the abuse bench saw a thousand such timers).
   */
  private refuseOpening(status: number, message: string): never {
    this.setPatchRate(null);
    this.clock.clear();
    this.clock.stop();
    throw new ServerError(status, message);
  }

  override onDispose(): void {
    if (this.countedRoom) this.settings.admission?.rooms?.closed();
  }

  /**
   * A tour seat for POST /api/tours/:code/seat, asked through matchMaker.remoteRoomCall (the room may live in
   * another process): the options pass the join's checks and the holds cap here, where the room's seats are counted.
   */
  async holdSeat(options: unknown, address: string): Promise<SeatHold> {
    const verdict = admitJoin(options, this.admissionRules());
    if (!verdict.ok) return { status: verdict.status, error: verdict.reason };
    await this.makeRoomFor(verdict.admission.tourCode);
    const refusal = this.holds.refusal(this.reservedSeats, address);
    if (refusal) return { status: 429, error: `No seat now: ${refusal}` };
    const sessionId = generateId();
    const held = await this._reserveSeat(sessionId, { ...(options as object), [VISITOR_ADDRESS_OPTION]: address });
    const code = verdict.admission.tourCode;
    return held ? { sessionId } : { status: 409, error: code ? `Tour ${code} is full: ask your guide` : "This room is full" };
  }

  override onJoin(client: Client, _options: unknown, auth: Admission): void {
    const visitor = new Visitor();
    visitor.name = auth.guideName ?? visitorNameBeside(cleanDisplayName(auth.name) || "Visitor", (l) => this.settings.isGuideName?.(l) ?? false);
    visitor.color = leastUsedColor([...this.state.visitors.values()].map((v) => v.color));
    visitor.role = auth.guideName ? VisitorRole.Guide : VisitorRole.Visitor;
    visitor.sceneId = auth.sceneId;
    visitor.mode = auth.mode === "xr" ? 1 : 0;
    visitor.connected = true;
    placeAtSpawn(visitor, this.settings.scenes[auth.sceneId]);
    this.guards.set(client.sessionId, createClientGuard(this.settings.limits ?? DEFAULT_LIMITS, performance.now()));
    this.state.visitors.set(client.sessionId, visitor);
    if (auth.tourCode && auth.seat) this.desk.reclaim(client, auth.tourCode, auth.seat);
    else if (auth.tourCode) this.desk.join(client, auth.tourCode);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const visitor = this.state.visitors.get(client.sessionId);
    if (!visitor || this.restarting) return;
    const expelled = this.expelled.delete(client.sessionId);
    if (!consented && !expelled && this.settings.reconnectGraceSeconds > 0) {
      // A blip, not a goodbye: keep the avatar (greyed) and the seat for the grace period.
      visitor.connected = false;
      this.desk.dropped(client.sessionId);
      try {
        await this.allowReconnection(client, this.settings.reconnectGraceSeconds);
        visitor.connected = true;
        this.desk.returned(client.sessionId);
        return;
      } catch {
        // the grace period ran out, or the server is shutting down (then the seat is kept for after the restart)
        if (this.restarting) return;
      }
    }
    this.desk.gone(client.sessionId);
    this.state.visitors.delete(client.sessionId);
    this.guards.delete(client.sessionId);
    this.placements.delete(client.sessionId);
  }

  /**
   * Seats: free visitors fill up to maxVisitors (then the room locks and matchmaking opens another instance); the
   * headroom above it is for people joining one of this room's live tours (their seat comes from the tour's code).
   */
  protected override async _reserveSeat(sessionId: string, joinOptions?: any, authData?: any, seconds?: number, allowReconnection = false, devMode?: boolean): Promise<boolean> {
    if (allowReconnection) return this.reserveAndLock(sessionId, joinOptions, authData, seconds, allowReconnection, devMode);
    // A visitor's reservation (matchmaking's or a tour seat's, tagged with their address) passes the join's checks
    // before it takes a seat: a seat nobody may use must not count against the room or a tour. The HTTP side has
    // already said why to the visitor; untagged ones come from the server itself (or a test harness) and meet onAuth.
    const { [VISITOR_ADDRESS_OPTION]: tagged, ...options } = (typeof joinOptions === "object" && joinOptions !== null ? joinOptions : {}) as Record<string, unknown>;
    const address = typeof tagged === "string" ? tagged : undefined;
    // A tour code this room does not hold is left to onAuth, which says so; such a seat counts as a free visitor's.
    const { hasTour: _here, ...rules } = this.admissionRules();
    if (address !== undefined) await this.makeRoomFor(options.tourCode);
    if (address !== undefined && (!admitJoin(options, rules).ok || this.holds.refusal(this.reservedSeats, address))) return false;
    const seats = this.clients.length + Object.keys(this.reservedSeats).length;
    const forTour = typeof options.tourCode === "string" && this.desk.has(options.tourCode);
    if (!forTour && seats >= this.settings.maxVisitors) return false;
    if (address !== undefined) this.holds.held(sessionId, address);
    return this.reserveAndLock(sessionId, typeof joinOptions === "object" && joinOptions !== null ? options : joinOptions, authData, seconds, allowReconnection, devMode);
  }

  /**
   * A visitor asks for a seat in a room whose seats (or whose quota of unused ones) are all reserved: the seat held
   * unused longest, if stale (STALE_HOLD_MS), is given up for them. Hoarders who never connect then only ever keep
   * seats from each other, never from someone who connects at once.
   */
  private async makeRoomFor(tourCode: unknown): Promise<void> {
    const capacity = typeof tourCode === "string" && this.desk.has(tourCode) ? this.maxClients : this.settings.maxVisitors;
    const full = this.clients.length + Object.keys(this.reservedSeats).length >= capacity;
    // A room nobody is in would dispose as the seat is given up: there, matchmaking opens another room instead.
    if ((!full && !this.holds.roomFull(this.reservedSeats)) || this.clients.length === 0) return;
    const stale = this.holds.stalest(this.reservedSeats, performance.now());
    if (stale === null) return;
    clearTimeout(this.reservedSeatTimeouts[stale]);
    delete this.reservedSeatTimeouts[stale];
    delete this.reservedSeats[stale];
    this.holds.taken(stale);
    await this._decrementClientCount();
  }

  private async reserveAndLock(sessionId: string, joinOptions: any, authData: any, seconds: number | undefined, allowReconnection: boolean, devMode?: boolean): Promise<boolean> {
    const ok = await super._reserveSeat(sessionId, joinOptions, authData, seconds, allowReconnection, devMode);
    if (ok) await this.updateLock();
    return ok;
  }

  private admissionRules(): AdmissionRules {
    return roomAdmissionRules(this.settings, (code) => this.desk.has(code));
  }

  protected override async _decrementClientCount(): Promise<boolean> {
    const disposing = await super._decrementClientCount();
    if (!disposing) await this.updateLock();
    return disposing;
  }

  private async updateLock(): Promise<void> {
    const full = this.clients.length + Object.keys(this.reservedSeats).length >= this.settings.maxVisitors;
    if (full && !this.locked) await this.lock();
    else if (!full && this.locked) await this.unlock();
  }

  /**
   * Shutdown (SIGTERM): the tours are written once more and frozen, everyone hears that the museum is restarting, and
   * the sockets close with ServerRestarting. Members come back with their tour tickets to the restored tours.
   */
  override onBeforeShutdown(): void {
    this.restarting = true;
    this.desk.freeze();
    const graceSec = this.settings.tours?.restoreGraceSeconds ?? this.settings.reconnectGraceSeconds;
    this.broadcast(MessageType.MuseumRestarting, { graceSec } satisfies MuseumRestartingMessage);
    void this.disconnect(CloseCode.ServerRestarting);
  }

  /** Tours read back after a restart: the room stays open for them, and seats not reclaimed in time are given up. */
  private holdRestored(tours: Parameters<TourDesk["restore"]>[0], graceSeconds: number): void {
    this.desk.restore(tours);
    this.autoDispose = false;
    this.clock.setTimeout(() => {
      this.desk.releaseUnclaimed();
      this.autoDispose = true;
    }, graceSeconds * 1000);
  }

  /**
   * Each state patch that carried changes, timed for /metrics. The tours changed since the last patch are written
   * first, in one transaction (the group commit): a client sees only what the store holds.
   */
  override broadcastPatch(): boolean {
    const started = performance.now();
    this.desk?.flush();
    const changed = super.broadcastPatch();
    if (changed) this.settings.observer?.patched(performance.now() - started);
    return changed;
  }

  /** A newcomer's whole state shows pending tour changes too: they are stored before it leaves. */
  override sendFullState(client: Client): void {
    this.desk?.flush();
    super.sendFullState(client);
  }

  /**
   * Colyseus routes here whatever a handler, onAuth or onJoin threw (without it, 0.16 shuts the process down). A
   * refused join is the joiner's business (debug, no stack, allow-listed options); a message whose handler threw is
   * an invalid message of its sender (a strike, like any other); anything else is a failure, logged once per interval.
   */
  override onUncaughtException(err: RoomException<this>, methodName: string): void {
    const f = judgeFailure(err);
    if (f.kind === "join-refused") return this.settings.observer?.joinRefused(this.roomId, f.sessionId, f.reason, f.options);
    if (this.settings.observer) this.settings.observer.failed(this.roomId, methodName, err, f.messageType);
    else if (this.quietFailures.admit(`${methodName}:${f.messageType ?? ""}`, performance.now()).write) console.error(`MuseumRoom ${this.roomId}: ${methodName} failed: ${f.message}`);
    if (f.sender) this.refuse(f.sender, f.messageType ?? "(unknown)", ErrorCode.InvalidMessage, "the message could not be handled");
  }

  /** A refused join goes to the joiner with its message and code, and is not printed again (onUncaughtException logged it). */
  override async _onJoin(client: Parameters<Room["_onJoin"]>[0], authContext: Parameters<Room["_onJoin"]>[1]): Promise<void> {
    try {
      await super._onJoin(client, authContext);
    } catch (e) {
      throw asJoinRefusal(e);
    }
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
      if (verdict === "drop") return this.settings.observer?.refused(this.roomId, client.sessionId, ErrorCode.RateLimited, "(frame)");
      if (verdict === "disconnect-flooding") return this.expel(client, CloseCode.Flooding, "too many messages a second");
      if (buffer?.[0] !== Protocol.JOIN_ROOM && buffer?.[0] !== Protocol.LEAVE_ROOM && !isDecodableFrame(buffer)) {
        return this.refuse(client, "(frame)", ErrorCode.InvalidMessage, "the frame is not a message this server understands");
      }
      super._onMessage(client, buffer);
    } catch (err) {
      this.refuse(client, "(frame)", ErrorCode.InvalidMessage, `the message could not be handled: ${(err as Error).message}`);
    }
  }

  /** The desk's view of the room (server/rooms/tourRoomPort.ts). */
  private tourPort() {
    const room = this;
    return {
      get roomId() {
        return room.roomId;
      },
      state: this.state,
      onMessage: (type: string, handler: (client: Client, raw: unknown) => void) => void this.onMessage(type, handler),
      check: <T>(client: Client, type: string, schema: z.ZodType<T>, raw: unknown) => {
        const value = this.check(client, type, schema, raw);
        return value === null ? undefined : { value };
      },
      refuse: (client: Client, type: string, code: ErrorCode, message: string) => this.refuse(client, type, code, message),
      clientOf: (id: string) => this.clients.getById(id),
      whereIs: (id: string): Whereabouts | undefined => whereaboutsOf(this.state.visitors.get(id), this.settings.scenes),
      place: (id: string, at: { sceneId: string; x: number; z: number; yaw: number }) => {
        const v = this.state.visitors.get(id);
        if (v && setPlace(v, this.settings.scenes, at)) this.placements.set(id, { x: at.x, z: at.z, until: performance.now() + SETTLE_MS });
      },
      advertise: (tours: LiveTourListing[]) => void this.setMetadata({ tours }).catch(() => undefined),
    };
  }

  private check<T>(client: Client, type: string, schema: z.ZodType<T>, raw: unknown): T | null {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.refuse(client, type, ErrorCode.InvalidMessage, describeIssues(parsed.error));
    return null;
  }

  private refuse(client: Client, type: string, code: ErrorCode, message: string): void {
    client.send(MessageType.Error, { code, type, message } satisfies ErrorMessage);
    this.settings.observer?.refused(this.roomId, client.sessionId, code, type);
    const guard = this.guards.get(client.sessionId);
    if (guard?.invalid(performance.now()) === "disconnect-invalid") this.expel(client, CloseCode.InvalidMessages, "too many invalid messages");
  }

  private expel(client: Client, code: CloseCode, reason: string): void {
    if (this.expelled.has(client.sessionId)) return;
    this.expelled.add(client.sessionId);
    this.settings.observer?.expelled(this.roomId, client.sessionId, code);
    client.leave(code, reason);
  }
}
