// Each visitor's conduct in a room: their frame-rate guard, the error message every refusal sends back (a strike),
// and expulsion for flooding or for too many invalid messages. Nobody else notices.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import { describeIssues } from "../../common/messages";
import { CloseCode, ErrorCode, MessageType, type ErrorMessage } from "../../common/messageTypes";
import { createClientGuard, DEFAULT_LIMITS, type ClientGuard, type GuardLimits } from "../logic/clientGuard";
import type { RoomObserver } from "../observability/roomObserver";

export class VisitorConduct {
  private readonly guards = new Map<string, ClientGuard>();
  /** Sessions the room closed for misbehaving: they get no grace period to come back. */
  private readonly expelled = new Set<string>();

  constructor(
    private readonly roomId: () => string,
    private readonly limits: GuardLimits | undefined,
    private readonly observer: RoomObserver | undefined,
  ) {}

  /** A visitor joined: their guard starts counting. */
  watch(sessionId: string): void {
    this.guards.set(sessionId, createClientGuard(this.limits ?? DEFAULT_LIMITS, performance.now()));
  }

  forget(sessionId: string): void {
    this.guards.delete(sessionId);
  }

  /** Whether the room closed this session for misbehaving (asked once, as it leaves). */
  wasExpelled(sessionId: string): boolean {
    return this.expelled.delete(sessionId);
  }

  /** Whether a frame may be handled: one over the rate is dropped, a flood closes the socket. */
  admitFrame(client: Client): boolean {
    const verdict = this.guards.get(client.sessionId)?.admit(performance.now()) ?? "ok";
    if (verdict === "drop") this.observer?.refused(this.roomId(), client.sessionId, ErrorCode.RateLimited, "(frame)");
    if (verdict === "disconnect-flooding") this.expel(client, CloseCode.Flooding, "too many messages a second");
    return verdict === "ok";
  }

  /** The message parsed by its schema, or null after refusing it with the schema's complaint. */
  check<T>(client: Client, type: string, schema: z.ZodType<T>, raw: unknown): T | null {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.refuse(client, type, ErrorCode.InvalidMessage, describeIssues(parsed.error));
    return null;
  }

  refuse(client: Client, type: string, code: ErrorCode, message: string): void {
    client.send(MessageType.Error, { code, type, message } satisfies ErrorMessage);
    this.observer?.refused(this.roomId(), client.sessionId, code, type);
    const guard = this.guards.get(client.sessionId);
    if (guard?.invalid(performance.now()) === "disconnect-invalid") {
      this.expel(client, CloseCode.InvalidMessages, "too many invalid messages");
    }
  }

  private expel(client: Client, code: CloseCode, reason: string): void {
    if (this.expelled.has(client.sessionId)) return;
    this.expelled.add(client.sessionId);
    this.observer?.expelled(this.roomId(), client.sessionId, code);
    client.leave(code, reason);
  }
}
