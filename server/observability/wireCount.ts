// Counts every WebSocket frame in and out of the museum by its kind, at the socket itself, so that messages the
// rooms never see (undecodable frames, refused joins) are counted too. Plugged in through ws' own `WebSocket`
// option (a subclass), so Colyseus and the rooms are untouched.
import { Protocol } from "@colyseus/core";
import { decode, type Iterator } from "@colyseus/schema";
import { WebSocket } from "ws";
import { MessageType } from "../../common/messageTypes";

const KNOWN_TYPES = new Set<string>(Object.values(MessageType));

/** A frame's kind as a metric label: a known message type, "patch", "state", "join", … or "unknown"/"invalid". */
export function frameKind(data: unknown): string {
  const bytes = data instanceof Uint8Array ? data : undefined;
  if (!bytes || bytes.byteLength === 0) return "invalid";
  switch (bytes[0]) {
    case Protocol.ROOM_STATE_PATCH:
      return "patch";
    case Protocol.ROOM_STATE:
      return "state";
    case Protocol.JOIN_ROOM:
      return "join";
    case Protocol.LEAVE_ROOM:
      return "leave";
    case Protocol.ERROR:
      return "protocol-error";
    case Protocol.ROOM_DATA:
    case Protocol.ROOM_DATA_BYTES:
      return messageTypeOf(bytes);
    default:
      return "invalid";
  }
}

/** The message type after the protocol byte, only if it is one of the museum's (labels must stay a small set). */
function messageTypeOf(bytes: Uint8Array): string {
  try {
    const it: Iterator = { offset: 1 };
    const buffer = bytes as Buffer;
    const type = decode.stringCheck(buffer, it) ? decode.string(buffer, it) : decode.number(buffer, it);
    if (it.offset > bytes.byteLength) return "invalid";
    return typeof type === "string" && KNOWN_TYPES.has(type) ? type : "unknown";
  } catch {
    return "invalid";
  }
}

export interface FrameCounter {
  messageIn(kind: string): void;
  messageOut(kind: string): void;
}

/** A ws WebSocket class that counts its frames; pass it as the transport's `WebSocket` option. */
export function countingSocketClass(counter: FrameCounter): typeof WebSocket {
  class CountingSocket extends WebSocket {
    // The server side constructs its sockets as `new WebSocket(null, undefined, options)`.
    constructor(...args: unknown[]) {
      super(...(args as ConstructorParameters<typeof WebSocket>));
      this.on("message", (data) => counter.messageIn(frameKind(data)));
    }
  }
  const send = WebSocket.prototype.send;
  CountingSocket.prototype.send = function (this: WebSocket, ...args: unknown[]) {
    counter.messageOut(frameKind(args[0]));
    (send as (...a: unknown[]) => void).apply(this, args);
  } as WebSocket["send"];
  return CountingSocket as unknown as typeof WebSocket;
}
