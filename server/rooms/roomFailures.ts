// What a throw out of a room's code means (Colyseus hands it to onUncaughtException): a join the room refused (the
// joiner's business), a message whose handler failed (an invalid message of its sender), or another failure.
import {
  ErrorCode,
  OnAuthException,
  OnCreateException,
  OnMessageException,
  ServerError,
  type Client,
} from "@colyseus/core";

export type RoomFailure =
  | { kind: "join-refused"; sessionId: string; reason: string; options: unknown }
  | { kind: "failed"; message: string; messageType?: string; sender?: Client };

export function judgeFailure(err: unknown): RoomFailure {
  const cause = (err as { cause?: unknown })?.cause ?? err;
  const message = cause instanceof Error ? cause.message : String(typeof cause === "string" ? cause : "(not an Error)");
  // onAuth refuses a join by throwing a plain Error (or a ServerError) with a reason for the joiner; a TypeError there is a bug.
  if (err instanceof OnAuthException && (cause instanceof ServerError || (cause as Error)?.constructor === Error)) {
    return {
      kind: "join-refused",
      sessionId: (err.client as Client | undefined)?.sessionId ?? "",
      reason: message,
      options: err.options,
    };
  }
  // A room the museum declined to open (a quota: 429, shutting down: 503) is the asker's business, not a failure.
  if (err instanceof OnCreateException && cause instanceof ServerError && cause.code >= 400 && cause.code < 600) {
    return { kind: "join-refused", sessionId: "", reason: message, options: err.options };
  }
  if (err instanceof OnMessageException) {
    return {
      kind: "failed",
      message,
      messageType: typeof err.type === "string" ? err.type.slice(0, 40) : undefined,
      sender: err.client,
    };
  }
  return { kind: "failed", message };
}

/** Any error out of a join, as a ServerError: Colyseus' socket transport prints the stack of anything else. */
export function asJoinRefusal(e: unknown): ServerError {
  if (e instanceof ServerError) return e;
  const err = e as { code?: unknown; message?: unknown };
  return new ServerError(
    typeof err?.code === "number" ? err.code : ErrorCode.APPLICATION_ERROR,
    typeof err?.message === "string" ? err.message : "the join was refused",
  );
}
