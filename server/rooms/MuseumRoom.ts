// The one room type of the museum: every inbound frame is guarded (rate, decoding, schema) before a pure rule
// changes the state; a bad message costs its sender an error message, never the room or anyone else.
import { generateId, matchMaker, type Client, type RoomException } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { cleanDisplayName } from "../../common/displayName";
import {
  CloseCode,
  ErrorCode,
  MessageType,
  VisitorRole,
  type MuseumRestartingMessage,
} from "../../common/messageTypes";
import { leastUsedColor } from "../../common/palette";
import { admitJoin, type Admission } from "../logic/admission";
import { visitorNameBeside } from "../logic/guideNames";
import type { LiveTour } from "../logic/liveTour";
import type { Placement } from "../logic/placementSettle";
import { createLogThrottle } from "../observability/logThrottle";
import { FAILURE_LOG_INTERVAL_MS } from "../observability/roomObserver";
import { judgeFailure } from "./roomFailures";
import type { MuseumRoomSettings, SeatHold } from "./roomSettings";
import { createMuseumState, Visitor, type MuseumState } from "./schema/MuseumState";
import { SeatedRoom, type SeatVerdict } from "./SeatedRoom";
import { RoomSeating } from "./RoomSeating";
import { VISITOR_ADDRESS_OPTION } from "./seatAddress";
import { TourDesk, type TourRoomPort, type TourSettings } from "./TourDesk";
import { VisitorConduct } from "./VisitorConduct";
import { LessonDesk } from "./LessonDesk";
import { VoiceDesk } from "./VoiceDesk";
import { museumRoomPort } from "./museumRoomPort";
import { openConversation, type RoomConversation } from "./roomConversation";
import { listenToVisitors } from "./visitorMessages";
import { placeAtSpawn } from "./visitorPlace";

export type { MuseumRoomSettings, RoomScene, SeatHold } from "./roomSettings";

const NO_TOURS: TourSettings = { plans: { get: () => null }, content: { scenes: new Map() }, headroom: 0 };

export class MuseumRoom extends SeatedRoom<MuseumState> {
  private settings!: MuseumRoomSettings;
  private conduct!: VisitorConduct;
  /** Members the server just placed (gather), until their client has applied it. */
  private readonly placements = new Map<string, Placement>();
  private desk!: TourDesk;
  private voice!: VoiceDesk;
  /** Chat and moderation (server/rooms/roomConversation.ts). */
  private talk!: RoomConversation;
  /** Without an observer (tests), failures go to stderr, as rarely as the observer would write them. */
  private readonly quietFailures = createLogThrottle(FAILURE_LOG_INTERVAL_MS);
  /** The server is shutting down: the tours are kept as they are, whoever's socket closes. */
  private restarting = false;
  private seating!: RoomSeating;
  /** This room counts in the room quota (given back on dispose). */
  private countedRoom = false;
  /**
   * A browser closing its tab closes the socket with 1001 ("going away"): that is a goodbye, so the visitor leaves
   * at once. A network blip or a sleeping laptop gives 1006 and keeps the grace period.
   */
  protected override goodbyeCloseCodes = [1001];

  override onCreate(options: { settings: MuseumRoomSettings }): void {
    this.settings = options.settings;
    // Shutting down, open rooms are locked; a join that would open a new one is refused, with a reason to show.
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) {
      this.refuseOpening(503, "The museum is restarting: join again in a moment");
    }
    // Rooms opened per address a minute, and in all (an address is only there when a visitor's matchmaking opens it).
    const address = (options as Record<string, unknown>)[VISITOR_ADDRESS_OPTION];
    const opening = this.settings.admission?.rooms?.open(typeof address === "string" ? address : undefined, Date.now());
    if (opening && !opening.ok) this.refuseOpening(opening.status, `No room can be opened now: ${opening.reason}`);
    this.countedRoom = Boolean(opening);
    // A seat nobody takes up is given back within seconds, so that holding seats costs an attacker a stream of requests.
    if (this.settings.admission) this.setSeatReservationTime(this.settings.admission.holdSeconds);
    // Getters, so the seating always reads the room's live counts.
    const taken = () => this.seatsTaken;
    const connected = () => this.clients.length;
    const capacity = () => this.maxClients;
    this.seating = new RoomSeating(this.settings, (code) => this.desk.has(code), {
      get taken() {
        return taken();
      },
      get connected() {
        return connected();
      },
      get capacity() {
        return capacity();
      },
      unused: () => this.unusedSeats(),
      giveUp: (id) => this.giveUpSeat(id),
      reserve: (id, options) => this.reserveSeat(id, options),
    });
    this.conduct = new VisitorConduct(() => this.roomId, this.settings.limits, this.settings.observer);
    const tours = this.settings.tours ?? NO_TOURS;
    // The hard cap; free visitors only get maxVisitors of it (see RoomSeating), the rest is kept for tour members.
    this.maxClients = this.settings.maxVisitors + tours.headroom;
    // The full state a newcomer receives must fit the encoder's buffer (8 KB by default: about 60 visitors).
    // A visitor encodes to at most ~160 bytes (a 32-character name in UTF-8 and the pose fields), a tour member ~10.
    Encoder.BUFFER_SIZE = Math.max(Encoder.BUFFER_SIZE, this.maxClients * 170 + 16 * 1024);
    this.setState(createMuseumState());
    this.setPatchRate(50); // 20 Hz

    this.desk = new TourDesk(this.tourPort(), tours);
    const { conduct, placements, desk } = this;
    const onMessage = (type: string, handler: (client: Client, ...args: unknown[]) => void) =>
      void this.onMessage(type, handler);
    listenToVisitors({
      state: this.state,
      scenes: this.settings.scenes,
      conduct,
      placements,
      onMessage,
      lockFor: (id) => desk.lockFor(id),
    });
    this.desk.listen();
    this.voice = new VoiceDesk(this.tourPort(), this.settings.voice ?? null, (id) => desk.tourOf(id));
    this.voice.listen();
    this.talk = openConversation({
      port: () => this.tourPort(),
      log: this.settings.moderation,
      addressOf: (id) => this.seating.addressOf(id),
      voice: this.voice,
      tours: desk,
    });
    new LessonDesk(this.tourPort(), (id) => desk.tourOf(id)).listen();
    // Who hears whom follows where people walk: recomputed four times a second (bounded: slots per listener).
    this.clock.setInterval(() => this.voice.reroute(), 250);
    const restored = tours.restored?.take();
    if (restored?.length) this.holdRestored(restored, tours.restoreGraceSeconds ?? this.settings.reconnectGraceSeconds);
    this.clock.setInterval(() => this.desk.attendance.headcount(), 1000);
  }

  /** Runs before onJoin; a throw here refuses the join with the message. The same check admitted the seat. */
  override onAuth(client: Client, options: unknown): Admission {
    this.seating.taken(client.sessionId);
    const verdict = admitJoin(options, this.seating.rules());
    if (!verdict.ok) throw new Error(verdict.reason);
    const address = this.seating.addressOf(client.sessionId);
    const until = address === undefined ? null : this.settings.moderation?.removedUntil(address, Date.now());
    if (until) throw new Error(`A moderator removed you from the museum until ${new Date(until).toISOString()}`);
    return verdict.admission;
  }

  override onDispose(): void {
    if (this.countedRoom) this.settings.admission?.rooms?.closed();
  }

  override onJoin(client: Client, _options: unknown, auth: Admission): void {
    const visitor = new Visitor();
    const typed = cleanDisplayName(auth.name) || "Visitor";
    visitor.name = auth.guideName ?? visitorNameBeside(typed, (l) => this.settings.isGuideName?.(l) ?? false);
    visitor.color = leastUsedColor([...this.state.visitors.values()].map((v) => v.color));
    visitor.role = auth.guideName ? VisitorRole.Guide : VisitorRole.Visitor;
    visitor.sceneId = auth.sceneId;
    visitor.mode = auth.mode === "xr" ? 1 : 0;
    visitor.connected = true;
    placeAtSpawn(visitor, this.settings.scenes[auth.sceneId]);
    this.conduct.watch(client.sessionId);
    this.state.visitors.set(client.sessionId, visitor);
    if (auth.tourCode && auth.seat) this.desk.attendance.reclaim(client, auth.tourCode, auth.seat);
    else if (auth.tourCode) this.desk.attendance.join(client, auth.tourCode);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const visitor = this.state.visitors.get(client.sessionId);
    if (!visitor || this.restarting) return;
    const expelled = this.conduct.wasExpelled(client.sessionId);
    if (!consented && !expelled && this.settings.reconnectGraceSeconds > 0) {
      // A blip, not a goodbye: keep the avatar (greyed) and the seat for the grace period.
      visitor.connected = false;
      this.desk.attendance.dropped(client.sessionId);
      try {
        await this.allowReconnection(client, this.settings.reconnectGraceSeconds);
        visitor.connected = true;
        this.desk.attendance.returned(client.sessionId);
        return;
      } catch {
        // the grace period ran out, or the server is shutting down (then the seat is kept for after the restart)
        if (this.restarting) return;
      }
    }
    this.desk.attendance.gone(client.sessionId);
    this.voice.left(client.sessionId);
    this.talk.left(client.sessionId);
    this.seating.forget(client.sessionId);
    this.state.visitors.delete(client.sessionId);
    this.conduct.forget(client.sessionId);
    this.placements.delete(client.sessionId);
  }

  // ——— seats (server/rooms/RoomSeating.ts) ———

  /** A tour seat for POST /api/tours/:code/seat, asked through matchMaker.remoteRoomCall (the room may be elsewhere). */
  holdSeat(options: unknown, address: string): Promise<SeatHold> {
    return this.seating.hold(options, address, generateId());
  }

  protected override admitSeat(sessionId: string, joinOptions: unknown): Promise<SeatVerdict> {
    return this.seating.admit(sessionId, joinOptions);
  }

  protected override async seatsChanged(): Promise<void> {
    if (this.seating.full && !this.locked) await this.lock();
    else if (!this.seating.full && this.locked) await this.unlock();
  }

  // ——— restarts, patches and failures ———

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
  private holdRestored(tours: LiveTour[], graceSeconds: number): void {
    this.desk.attendance.restore(tours);
    this.autoDispose = false;
    this.clock.setTimeout(() => {
      this.desk.attendance.releaseUnclaimed();
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
  protected override beforeFullState(): void {
    this.desk?.flush();
  }

  /**
   * Colyseus routes here whatever a handler, onAuth or onJoin threw (without it, 0.16 shuts the process down). A
   * refused join is the joiner's business (debug, no stack, allow-listed options); a message whose handler threw is
   * an invalid message of its sender (a strike, like any other); anything else is a failure, logged once per interval.
   */
  override onUncaughtException(err: RoomException<this>, methodName: string): void {
    const f = judgeFailure(err);
    const observer = this.settings.observer;
    if (f.kind === "join-refused") return observer?.joinRefused(this.roomId, f.sessionId, f.reason, f.options);
    if (observer) observer.failed(this.roomId, methodName, err, f.messageType);
    else if (this.quietFailures.admit(`${methodName}:${f.messageType ?? ""}`, performance.now()).write) {
      console.error(`MuseumRoom ${this.roomId}: ${methodName} failed: ${f.message}`);
    }
    if (f.sender)
      this.conduct.refuse(
        f.sender,
        f.messageType ?? "(unknown)",
        ErrorCode.InvalidMessage,
        "the message could not be handled",
      );
  }

  /** Every frame passes the sender's rate guard before Colyseus looks at it. */
  protected override guardFrame(client: Client): boolean {
    return this.conduct.admitFrame(client);
  }

  protected override frameRefused(client: Client, reason: string): void {
    this.conduct.refuse(client, "(frame)", ErrorCode.InvalidMessage, reason);
  }

  /** The desk's view of the room (server/rooms/tourRoomPort.ts). */
  private tourPort(): TourRoomPort {
    return museumRoomPort({
      roomId: () => this.roomId,
      state: this.state,
      settings: this.settings,
      conduct: this.conduct,
      placements: this.placements,
      onMessage: (type, handler) => void this.onMessage(type, handler),
      clientOf: (id) => this.clients.getById(id),
      advertise: (tours) => void this.setMetadata({ tours }).catch(() => undefined),
    });
  }
}
