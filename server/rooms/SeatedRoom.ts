// The one place the museum reaches into Colyseus 0.16's room internals, behind named hooks: seat reservations,
// seat release, joins, leaves and inbound frames. tests/server/rooms/seatedRoom.test.ts pins the version and each hook.
import { Protocol, Room, ServerError, type Client } from "@colyseus/core";
import { isDecodableFrame } from "./frames";
import { asJoinRefusal } from "./roomFailures";

/** The @colyseus/core these seams were written against: an upgrade must re-read Room.ts and move this pin. */
export const COLYSEUS_CORE_VERSION = "0.16.20";

/** Sockets that ws cut off for a frame it refused. */
const cutOffForBrokenFrames = new WeakSet<object>();

/**
 * ws ends a socket that sends a broken frame, invalid text or a frame over the size cap (its errors are coded
 * `WS_ERR_…`; a network failure is `ECONNRESET` and the like). The close code the room then sees is whatever the peer
 * answered, often 1006 like a blip, so the error is what tells: such a sender leaves at once, without a reconnection
 * grace that would let a stream of them fill the room with ghosts. No browser of ours sends such a frame.
 */
function watchForBrokenFrames(socket: Client["ref"]): void {
  socket.once("error", (err: { code?: unknown }) => {
    if (typeof err?.code === "string" && err.code.startsWith("WS_ERR_")) cutOffForBrokenFrames.add(socket);
  });
}

/** What the room's own join checks make of a seat request: the options to reserve it with, or a refusal. */
export type SeatVerdict = { options: unknown } | null;

/**
 * A Colyseus room whose seats, leaves and frames pass the museum's hooks. Colyseus 0.16 has no public hook for any of
 * these: matchmaking calls the protected _reserveSeat directly (onAuth runs only once the socket connects, after the
 * seat has counted against the room), a closing socket goes straight to _onLeave with its close code, and a frame is
 * decoded in _onMessage before any handler (or its validate function) can see it.
 */
export abstract class SeatedRoom<State extends object = object> extends Room<State> {
  /** Socket close codes that mean "goodbye" (no reconnection grace), besides Colyseus' own consented leave. */
  protected goodbyeCloseCodes: readonly number[] = [];

  /**
   * A new seat (never a reconnection's) is asked for, by matchmaking, by a remote call or by reserveSeat(): the room
   * admits it with the join options to keep, or refuses it (null) before it counts against the room.
   */
  protected async admitSeat(_sessionId: string, joinOptions: unknown): Promise<SeatVerdict> {
    return { options: joinOptions };
  }

  /** Seats were taken or given back and the room is not disposing: the room may lock or unlock itself. */
  protected async seatsChanged(): Promise<void> {}

  /** Whether a frame may go on to Colyseus (rate limits); a frame kept back has been answered by the hook. */
  protected guardFrame(_client: Client): boolean {
    return true;
  }

  /** A frame Colyseus cannot decode, or whose handling threw: the room answers its sender. */
  protected abstract frameRefused(client: Client, reason: string): void;

  /** Pending state changes must be settled before the whole state leaves for a newcomer. */
  protected beforeFullState(): void {}

  /** Seats connected plus seats reserved and not yet taken up (what Colyseus counts against maxClients). */
  protected get seatsTaken(): number {
    return this.clients.length + Object.keys(this.reservedSeats).length;
  }

  /** Seats reserved and not taken up: Colyseus keeps [options, auth, consumed, waiting for a reconnection] per seat. */
  protected unusedSeats(): string[] {
    return Object.keys(this.reservedSeats).filter((id) => !this.reservedSeats[id][2] && !this.reservedSeats[id][3]);
  }

  /** Reserves a seat for a session through the same path (and admitSeat) as matchmaking. */
  protected reserveSeat(sessionId: string, joinOptions: unknown): Promise<boolean> {
    return this._reserveSeat(sessionId, joinOptions);
  }

  /** Gives a reserved, unused seat back at once, as if its reservation had expired. */
  protected async giveUpSeat(sessionId: string): Promise<void> {
    clearTimeout(this.reservedSeatTimeouts[sessionId]);
    delete this.reservedSeatTimeouts[sessionId];
    delete this.reservedSeats[sessionId];
    await this._decrementClientCount();
  }

  /**
   * Refuses to open from onCreate. Colyseus 0.16 starts a room's patch interval and clock before onCreate and neither
   * disposes nor stops them when onCreate throws: each refused room would patch at 20 Hz for ever.
   */
  protected refuseOpening(status: number, message: string): never {
    this.setPatchRate(null);
    this.clock.clear();
    this.clock.stop();
    throw new ServerError(status, message);
  }

  protected override async _reserveSeat(
    sessionId: string,
    joinOptions?: unknown,
    authData?: unknown,
    seconds?: number,
    allowReconnection = false,
    devMode?: boolean,
  ): Promise<boolean> {
    let options = joinOptions;
    if (!allowReconnection) {
      const verdict = await this.admitSeat(sessionId, joinOptions);
      if (!verdict) return false;
      options = verdict.options;
    }
    const ok = await super._reserveSeat(sessionId, options, authData, seconds, allowReconnection, devMode);
    if (ok) await this.seatsChanged();
    return ok;
  }

  protected override async _decrementClientCount(): Promise<boolean> {
    const disposing = await super._decrementClientCount();
    if (!disposing) await this.seatsChanged();
    return disposing;
  }

  /** A refused join reaches the joiner as a ServerError: Colyseus' socket transport prints the stack of anything else. */
  override async _onJoin(client: Parameters<Room["_onJoin"]>[0], authContext: Parameters<Room["_onJoin"]>[1]) {
    watchForBrokenFrames(client.ref);
    try {
      await super._onJoin(client, authContext);
    } catch (e) {
      throw asJoinRefusal(e);
    }
  }

  protected override _onLeave(client: Client, code?: number): Promise<unknown> {
    const goodbye =
      (code !== undefined && this.goodbyeCloseCodes.includes(code)) || cutOffForBrokenFrames.has(client.ref);
    return super._onLeave(client, goodbye ? Protocol.WS_CLOSE_CONSENTED : code);
  }

  /** Colyseus 0.16 decodes a frame's message type outside its own try/catch: an undecodable one would throw out. */
  protected override _onMessage(client: Parameters<Room["_onMessage"]>[0], buffer: Buffer): void {
    try {
      if (!this.guardFrame(client)) return;
      const control = buffer?.[0] === Protocol.JOIN_ROOM || buffer?.[0] === Protocol.LEAVE_ROOM;
      if (!control && !isDecodableFrame(buffer)) {
        return this.frameRefused(client, "the frame is not a message this server understands");
      }
      super._onMessage(client, buffer);
    } catch (err) {
      this.frameRefused(client, `the message could not be handled: ${(err as Error).message}`);
    }
  }

  protected override sendFullState(client: Client): void {
    this.beforeFullState();
    super.sendFullState(client);
  }
}
