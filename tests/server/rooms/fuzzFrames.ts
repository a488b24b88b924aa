// Hostile frames for the fuzz suite, from a seeded generator (the same seed, the same frames): ten kinds, from random
// bytes to guide commands sent by visitors. Frames follow Colyseus 0.16's framing: a protocol code byte, and for
// ROOM_DATA (13) the message type as a msgpack string or number, then the msgpack body.
import { pack } from "@colyseus/msgpackr";
import type { z } from "zod";
import * as C from "../../../common/chatMessages";
import { ChatMessage } from "../../../common/chatWire";
import * as L from "../../../common/ink/lessonMessages";
import { LessonMessage } from "../../../common/ink/lessonWire";
import * as M from "../../../common/messages";
import { MessageType } from "../../../common/messageTypes";
import { seededRandom } from "../../../common/seededRandom";
import * as V from "../../../common/voiceMessages";
import { VoiceMessage } from "../../../common/voiceWire";
import { MAX_FRAME_BYTES } from "../../../server/rooms/roomSettings";

const ROOM_DATA = 13;
/** The ws transport's maxPayload (server/museumServer.ts). */
export const MAX_PAYLOAD = MAX_FRAME_BYTES;

export const FRAME_KINDS = [
  "random-bytes",
  "truncated-msgpack",
  "mutated-frame",
  "unknown-type",
  "schema-violated",
  "oversized",
  "deep-nesting",
  "huge-string",
  "guide-command-from-visitor",
  "protocol-code",
] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

export interface Frame {
  kind: FrameKind;
  bytes: Uint8Array;
  /** For schema violations: the message type whose schema it breaks. */
  type?: string;
}

/** Picks frames from the shared seeded generator (common/seededRandom.ts), so a failure replays. */
export function framePicker(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)],
    bytes: (n: number) => Uint8Array.from({ length: n }, () => int(256)),
  };
}
export type Random = ReturnType<typeof framePicker>;

export function messageFrame(type: string | number, body?: unknown): Uint8Array {
  const parts = [Uint8Array.of(ROOM_DATA), pack(type)];
  if (body !== undefined) parts.push(pack(body));
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Every client → server message and its schema (common/messages.ts). */
export const MESSAGE_SCHEMAS: Record<string, z.ZodType> = {
  [MessageType.Pose]: M.PoseMessageSchema,
  [MessageType.Mode]: M.ModeMessageSchema,
  [MessageType.Scene]: M.SceneMessageSchema,
  [MessageType.Clock]: M.ClockMessageSchema,
  [MessageType.TourStart]: M.TourStartMessageSchema,
  [MessageType.TourNext]: M.TourNextMessageSchema,
  [MessageType.TourPrev]: M.TourPrevMessageSchema,
  [MessageType.TourGoto]: M.TourGotoMessageSchema,
  [MessageType.TourGather]: M.TourGatherMessageSchema,
  [MessageType.TourFollow]: M.TourFollowMessageSchema,
  [MessageType.TourSpotlight]: M.TourSpotlightMessageSchema,
  [MessageType.TourNarration]: M.TourNarrationMessageSchema,
  [MessageType.TourAnnounce]: M.TourAnnounceMessageSchema,
  [MessageType.TourLock]: M.TourLockMessageSchema,
  [MessageType.TourLowerHand]: M.TourLowerHandMessageSchema,
  [MessageType.TourHandover]: M.TourHandoverMessageSchema,
  [MessageType.TourEnd]: M.TourEndMessageSchema,
  [MessageType.TourPrivacy]: M.TourPrivacyMessageSchema,
  [MessageType.TourLayer]: M.TourLayerMessageSchema,
  [MessageType.TourJoin]: M.TourJoinMessageSchema,
  [MessageType.TourLeave]: M.TourLeaveMessageSchema,
  [MessageType.TourRaiseHand]: M.TourRaiseHandMessageSchema,
  [MessageType.TourToGuide]: M.TourToGuideMessageSchema,
  [MessageType.TourFollowReply]: M.TourFollowReplyMessageSchema,
  // The wings' messages: chat and moderation, voice signalling and floor, a writing lesson.
  [ChatMessage.Say]: C.ChatSaySchema,
  [ChatMessage.Report]: C.ChatReportSchema,
  [ChatMessage.Slow]: C.ChatSlowSchema,
  [ChatMessage.ModMute]: C.ModMuteSchema,
  [ChatMessage.ModRemove]: C.ModRemoveSchema,
  [ChatMessage.ModLog]: C.ModLogSchema,
  [VoiceMessage.Join]: V.VoiceJoinSchema,
  [VoiceMessage.Leave]: V.VoiceLeaveSchema,
  [VoiceMessage.Answer]: V.VoiceAnswerSchema,
  [VoiceMessage.Mic]: V.VoiceMicSchema,
  [VoiceMessage.Block]: V.VoiceBlockSchema,
  [VoiceMessage.Floor]: V.VoiceFloorSchema,
  [VoiceMessage.Mute]: V.VoiceMuteSchema,
  [VoiceMessage.MuteAll]: V.VoiceMuteAllSchema,
  [LessonMessage.Sheet]: L.LessonSheetSchema,
  [LessonMessage.Show]: L.LessonShowSchema,
  [LessonMessage.Resend]: L.LessonResendSchema,
};

const long = (n: number) => "書".repeat(n);
const GENERIC_BAD: unknown[] = [
  null,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  "x",
  true,
  [],
  [1, 2, 3],
  { bogus: 1 },
  JSON.parse('{"__proto__":{"admin":true}}'),
  { constructor: { prototype: 1 } },
];
/** Near misses per message: right shape, one thing wrong. */
const SPECIFIC_BAD: Record<string, unknown[]> = {
  [MessageType.Pose]: [
    [1, 2, 3],
    [1, 2, 3, 4, 5, 6],
    [40000, 0, 0, 0, 0],
    [0, 0, 0, -1, 0],
    [0.5, 0, 0, 0, 0],
    [0, 0, 0, 70000, 0],
    [NaN, 0, 0, 0, 0],
    ["1", 0, 0, 0, 0],
    Array(13).fill(1e10),
    { x: 1 },
  ],
  [MessageType.Mode]: [{ mode: "vr" }, { mode: 1 }, { mode: "xr", extra: 1 }, {}],
  [MessageType.Scene]: [
    { sceneId: "../etc/passwd" },
    { sceneId: "Bund" },
    { sceneId: "a".repeat(65) },
    { sceneId: 7 },
    {},
  ],
  [MessageType.Clock]: [{ t: "now" }, { t: Infinity }, { t: NaN }, { t: 1, s: 2 }, {}],
  [MessageType.TourStart]: [{ planId: "../x" }, { planId: "" }, { planId: 5 }, {}],
  [MessageType.TourNext]: [{ by: 2 }, 1, "next"],
  [MessageType.TourPrev]: [{ by: 2 }, 1],
  [MessageType.TourGoto]: [{ stop: -1 }, { stop: 256 }, { stop: 1.5 }, { stop: "2" }, { stop: NaN }, {}],
  [MessageType.TourGather]: [{ facing: "sky" }, { facing: 1 }, { facing: "guide", x: 1 }],
  [MessageType.TourFollow]: [{ on: "yes" }, { on: 1 }, {}],
  [MessageType.TourSpotlight]: [
    { target: { kind: "ufo", id: "x" } },
    { target: "customs-house" },
    { target: { kind: "landmark" } },
    {},
  ],
  [MessageType.TourNarration]: [
    { action: "rewind" },
    { action: "seek", toSec: -1 },
    { action: "seek", toSec: 4000 },
    { action: "seek", toSec: NaN },
    { action: "seek" },
    { action: "play", toSec: 3 },
  ],
  [MessageType.TourAnnounce]: [{ text: "x".repeat(201) }, { text: 5 }, { text: long(300) }, {}],
  [MessageType.TourLock]: [{ radius: 2 }, { radius: 101 }, { radius: -3 }, { radius: Infinity }, { radius: "5" }],
  [MessageType.TourLowerHand]: [{ member: "" }, { member: "m".repeat(65) }, { member: 5 }, {}],
  [MessageType.TourHandover]: [{ to: "" }, { to: "t".repeat(65) }, { to: null }, {}],
  [MessageType.TourEnd]: [{ now: true }, 0],
  [MessageType.TourPrivacy]: [{}, { private: "yes" }, { private: 1 }, { private: true, extra: 1 }],
  [MessageType.TourLayer]: [{}, { layer: "1938" }, { layer: 1937 }, { layer: "today", extra: 1 }, { layer: "TODAY" }],
  [MessageType.TourJoin]: [{ code: "!!!!!!" }, { code: "ABC" }, { code: 123456 }, {}],
  [MessageType.TourLeave]: [{ code: "K7QM3D" }, 1],
  [MessageType.TourRaiseHand]: [{ raised: "yes" }, { raised: 1 }, {}],
  [MessageType.TourToGuide]: [{ now: 1 }, "go"],
  [MessageType.TourFollowReply]: [{ accept: 1 }, { accept: "no" }, {}],
  [ChatMessage.Say]: [
    { channel: "all", text: "hi" },
    { channel: "scene", text: "" },
    { channel: "scene", text: "长".repeat(2000) },
    { channel: "tour", text: 5 },
    { text: "hi" },
  ],
  [ChatMessage.Report]: [
    { visitor: "" },
    { visitor: "v", reason: "boring" },
    { visitor: "v", line: -1, reason: "spam" },
  ],
  [ChatMessage.Slow]: [{ seconds: 7 }, { seconds: -5 }, { seconds: "30" }, {}],
  [ChatMessage.ModMute]: [{ visitor: "v" }, { visitor: "", on: true }, { visitor: "v".repeat(65), on: false }],
  [ChatMessage.ModRemove]: [
    { visitor: "v", minutes: 0 },
    { visitor: "v", minutes: 1e9 },
    { visitor: "v", minutes: 1.5 },
  ],
  [ChatMessage.ModLog]: [{ all: true }, "log"],
  [VoiceMessage.Join]: [{ audio: true }, "join"],
  [VoiceMessage.Leave]: [{ now: 1 }],
  [VoiceMessage.Answer]: [{ sdp: "" }, { sdp: "hello" }, { sdp: `v=0${"a".repeat(12_000)}` }, { sdp: 0 }, {}],
  [VoiceMessage.Mic]: [{ on: "yes" }, { on: 1 }, {}],
  [VoiceMessage.Block]: [{ visitor: "v" }, { visitor: "", on: true }, { visitor: 5, on: true }],
  [VoiceMessage.Floor]: [{ member: "" }, { member: 5 }, {}],
  [VoiceMessage.Mute]: [{ member: "m" }, { member: "", on: true }, { member: "m", on: "no" }],
  [VoiceMessage.MuteAll]: [{ on: "all" }, {}, { on: true, member: "m" }],
  [LessonMessage.Sheet]: [
    { char: "永", strokes: [] },
    { char: "永", strokes: [[1, 2, 3]] },
    { char: "永", strokes: [[0, 0, 0, 200, 1, 1, 1, 1]] },
    { char: "永永永", strokes: [[0, 0, 0, 50, 1, 1, 1, 50]] },
    { char: "永", strokes: Array(33).fill([0, 0, 0, 50, 1, 1, 1, 50]) },
  ],
  [LessonMessage.Show]: [{ member: "" }, { member: 7 }, {}],
  [LessonMessage.Resend]: [{ all: true }, "again"],
};

/** For each message type, bodies its schema refuses (checked here, so "violated" is never an assumption). */
export function schemaViolations(): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [type, schema] of Object.entries(MESSAGE_SCHEMAS)) {
    const bad = [...GENERIC_BAD, ...(SPECIFIC_BAD[type] ?? [])].filter((v) => !schema.safeParse(v).success);
    out.set(type, bad);
  }
  return out;
}

/** Bodies a well-behaved client sends, as raw material for truncation and mutation. */
const VALID: [string, unknown][] = [
  [MessageType.Pose, [100, 1600, -200, 1234, 0]],
  [MessageType.Mode, { mode: "desktop" }],
  [MessageType.Clock, { t: 1795000000000 }],
  [MessageType.TourRaiseHand, { raised: true }],
  [MessageType.TourJoin, { code: "K7QM3D" }],
  [MessageType.TourNarration, { action: "seek", toSec: 12.5 }],
  [MessageType.TourAnnounce, { text: "Meet at the Customs House clock" }],
];

/** Guide commands, well formed: from a visitor every one must be refused. */
export function guideCommands(guideSessionId: string): [string, unknown][] {
  return [
    [MessageType.TourStart, { planId: "bund-walk" }],
    [MessageType.TourNext, {}],
    [MessageType.TourPrev, undefined],
    [MessageType.TourGoto, { stop: 3 }],
    [MessageType.TourGather, { facing: "target" }],
    [MessageType.TourFollow, { on: true }],
    [MessageType.TourSpotlight, { target: { kind: "landmark", id: "customs-house" } }],
    [MessageType.TourNarration, { action: "play" }],
    [MessageType.TourNarration, { action: "seek", toSec: 99 }],
    [MessageType.TourAnnounce, { text: "The tour is over, go home" }],
    [MessageType.TourLock, { radius: 10 }],
    [MessageType.TourLowerHand, { member: guideSessionId }],
    [MessageType.TourHandover, { to: guideSessionId }],
    [MessageType.TourLayer, { layer: "today" }],
    [MessageType.TourEnd, undefined],
  ];
}

function nested(depth: number, map: boolean): Uint8Array {
  // fixarray of one (0x91) or fixmap of one with key "a" (0x81 0xa1 0x61), `depth` times, then nil.
  const open = map ? [0x81, 0xa1, 0x61] : [0x91];
  return Uint8Array.from([...Array.from({ length: depth }, () => open).flat(), 0xc0]);
}

export function makeFrame(
  kind: FrameKind,
  r: Random,
  ctx: { violations: Map<string, unknown[]>; guideSessionId: string },
): Frame {
  const validFrame = () => {
    const [type, body] = r.pick(VALID);
    return messageFrame(type, body);
  };
  switch (kind) {
    case "random-bytes":
      return { kind, bytes: r.bytes(1 + r.int(96)) };
    case "truncated-msgpack": {
      const f = validFrame();
      return { kind, bytes: f.subarray(0, 1 + r.int(f.length - 1)) };
    }
    case "mutated-frame": {
      const f = Uint8Array.from(validFrame());
      for (let k = 0, n = 1 + r.int(4); k < n; k++) f[1 + r.int(f.length - 1)] = r.int(256);
      return { kind, bytes: f };
    }
    case "unknown-type": {
      const type =
        r.next() < 0.7 ? `x:${Math.floor(r.next() * 1e9).toString(36)}` : r.int(2) ? r.int(1 << 30) : -r.int(1000);
      return {
        kind,
        bytes: messageFrame(type, r.pick<unknown>([undefined, {}, [1, 2], "hello", { a: { b: [null] } }])),
      };
    }
    case "schema-violated": {
      const type = r.pick([...ctx.violations.keys()]);
      return { kind, type, bytes: messageFrame(type, r.pick(ctx.violations.get(type)!)) };
    }
    case "oversized": {
      const size = MAX_PAYLOAD + 1 + r.int(60_000);
      const head = messageFrame(MessageType.Pose);
      const f = new Uint8Array(size);
      f.set(head);
      return { kind, bytes: f };
    }
    case "deep-nesting": {
      const map = r.int(2) === 1;
      const depth = 64 + r.int(map ? 1300 : 4000);
      const head = messageFrame(
        r.pick([MessageType.Pose, MessageType.TourGoto, MessageType.Clock, MessageType.TourAnnounce]),
      );
      return { kind, bytes: concat([head, nested(depth, map)]).subarray(0, MAX_PAYLOAD) };
    }
    case "huge-string": {
      const n = 1000 + r.int(2500);
      const pickOne = r.int(4);
      if (pickOne === 0) return { kind, bytes: messageFrame("t".repeat(n)) }; // a huge message type
      if (pickOne === 1) return { kind, bytes: messageFrame(MessageType.TourAnnounce, { text: "x".repeat(n) }) };
      if (pickOne === 2) return { kind, bytes: messageFrame(MessageType.Scene, { sceneId: long(Math.floor(n / 3)) }) };
      // A str32 header promising 2 GB, followed by a few bytes.
      return {
        kind,
        bytes: concat([Uint8Array.of(ROOM_DATA), Uint8Array.of(0xdb, 0x7f, 0xff, 0xff, 0xff), r.bytes(16)]),
      };
    }
    case "guide-command-from-visitor": {
      const [type, body] = r.pick(guideCommands(ctx.guideSessionId));
      return { kind, bytes: messageFrame(type, body) };
    }
    case "protocol-code": {
      const codes = [0, 1, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 255];
      return { kind, bytes: concat([Uint8Array.of(r.pick(codes)), r.bytes(r.int(40))]) };
    }
  }
}
