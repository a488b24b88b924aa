// The wire contract's names: message types, close codes and error codes, as const objects (no zod: the client loads this).
export const MessageType = {
  /** Client → server: the visitor's quantised pose (see common/pose.ts), at most 20 a second. */
  Pose: "pose",
  /** Client → server: desktop or VR. */
  Mode: "mode",
  /** Client → server: the visitor walked into another scene. */
  Scene: "scene",
  /** Server → client: a message of the client's was refused, and why. */
  Error: "error",
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** WebSocket close codes the museum uses (the 4000–4999 range is the application's). */
export const CloseCode = {
  /** More messages a second than any honest client sends. */
  Flooding: 4101,
  /** Kept sending messages that fail validation. */
  InvalidMessages: 4102,
  /** The server is shutting down or restarting. */
  ServerRestarting: 4103,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const ErrorCode = {
  InvalidMessage: "invalid-message",
  UnknownMessage: "unknown-message",
  RateLimited: "rate-limited",
  UnknownScene: "unknown-scene",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorMessage {
  code: ErrorCode;
  /** The message type that was refused. */
  type: string;
  message: string;
}

export const VisitorRole = { Visitor: 0, Guide: 1 } as const;
export type VisitorRole = (typeof VisitorRole)[keyof typeof VisitorRole];
