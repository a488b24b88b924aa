// The room's chat desk: scene and tour lines (cleaned like every visitor text, filtered, paced, delivered to their
// readers), a tour guide's slow mode, and reports. Each line costs one pass over the room and one send per reader;
// the room keeps only its last RECENT_LINES lines, so that a report can quote what it reports.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import * as C from "../../common/chatMessages";
import {
  CHAT_LIMITS,
  ChatMessage,
  ChatNotice,
  type ChatChannel,
  type ChatLineMessage,
  type ChatNoticeMessage,
} from "../../common/chatWire";
import { ErrorCode, VisitorRole } from "../../common/messageTypes";
import { cleanVisitorText } from "../../common/visitorText";
import { createChatFilter, type ChatFilter } from "../logic/chatFilter";
import { chatReaders, freshPace, paceLine, type ChatPace, type ChatParty } from "../logic/chatRules";
import type { LiveTour } from "../logic/liveTour";
import { mayLead } from "../logic/tourCommands";
import type { ModerationLog } from "../store/moderationLog";
import type { VoiceRoomPort } from "./voiceView";

/** Lines a room remembers for reports (each at most ~1 KB). */
export const RECENT_LINES = 200;

let sharedFilter: ChatFilter | undefined;
/** One filter per process: its matchers are built once and only read afterwards. */
const chatFilter = (): ChatFilter => (sharedFilter ??= createChatFilter());

/** What the chat needs of the rest of the room. */
export interface ChatRoomPort extends VoiceRoomPort {
  readonly roomId: string;
  tourOf(sessionId: string): LiveTour | undefined;
  blocked(a: string, b: string): boolean;
  silenced(sessionId: string): boolean;
  moderation: ModerationLog | undefined;
}

export class ChatDesk {
  private readonly paces = new Map<string, ChatPace>();
  /** Slow mode per tour code, in seconds. */
  private readonly slow = new Map<string, number>();
  private readonly recent: ChatLineMessage[] = [];
  private nextId = 1;

  constructor(
    private readonly room: ChatRoomPort,
    private readonly now: () => number = Date.now,
  ) {}

  listen(): void {
    this.on(ChatMessage.Say, C.ChatSaySchema, (client, m) => this.say(client, m.channel, m.text));
    this.on(ChatMessage.Slow, C.ChatSlowSchema, (client, m) => this.setSlow(client, m.seconds));
    this.on(ChatMessage.Report, C.ChatReportSchema, (client, m) => this.report(client, m));
  }

  left(sessionId: string): void {
    this.paces.delete(sessionId);
  }

  /** The line a report names, if the room still remembers it. */
  line(id: number): ChatLineMessage | undefined {
    return this.recent.find((l) => l.id === id);
  }

  private say(client: Client, channel: ChatChannel, raw: string): void {
    const id = client.sessionId;
    const visitor = this.room.state.visitors.get(id);
    if (!visitor) return;
    const refuse = (code: ErrorCode, message: string) => this.room.refuse(client, ChatMessage.Say, code, message);
    if (this.room.silenced(id)) return this.notice(client, { notice: ChatNotice.Silenced });
    const tour = this.room.tourOf(id);
    if (channel === "tour" && !tour) return refuse(ErrorCode.NotInTour, "you are not in a tour: write to the scene");
    const text = cleanVisitorText(raw, CHAT_LIMITS);
    if (!text) return refuse(ErrorCode.InvalidMessage, "text: nothing to send once invisible characters are gone");
    const leads = tour !== undefined && (tour.guide === id || visitor.role === VisitorRole.Guide);
    const slowSec = channel === "tour" && tour && !leads ? (this.slow.get(tour.code) ?? 0) : 0;
    const now = this.now();
    const pace = this.paces.get(id) ?? freshPace(now);
    this.paces.set(id, pace);
    const verdict = paceLine(pace, now, slowSec);
    if (!verdict.ok) {
      const notice = verdict.why === "slowed" ? ChatNotice.Slowed : ChatNotice.TooFast;
      return this.notice(client, { notice, waitSec: verdict.waitSec });
    }
    const clean = chatFilter().clean(text);
    const line: ChatLineMessage = {
      id: this.nextId++,
      channel,
      from: id,
      name: visitor.name,
      text: clean.text,
      at: now,
      guide: leads,
    };
    this.remember(line);
    const sender: ChatParty = { id, sceneId: visitor.sceneId, tour: tour?.code ?? null };
    for (const reader of chatReaders(sender, channel, this.parties(), (a, b) => this.room.blocked(a, b))) {
      this.room.clientOf(reader)?.send(ChatMessage.Line, line);
    }
    if (clean.filtered) this.notice(client, { notice: ChatNotice.Filtered });
  }

  private setSlow(client: Client, seconds: number): void {
    const visitor = this.room.state.visitors.get(client.sessionId);
    if (!visitor) return;
    const may = mayLead(this.room.tourOf(client.sessionId), client.sessionId, visitor.role);
    if (!may.ok) return this.room.refuse(client, ChatMessage.Slow, may.code, may.message);
    if (seconds === 0) this.slow.delete(may.tour.code);
    else this.slow.set(may.tour.code, seconds);
    for (const member of Object.keys(may.tour.members)) {
      const c = this.room.clientOf(member);
      if (c) this.notice(c, { notice: ChatNotice.SlowMode, waitSec: seconds });
    }
  }

  private report(client: Client, m: z.infer<typeof C.ChatReportSchema>): void {
    const reporter = this.room.state.visitors.get(client.sessionId);
    const subject = this.room.state.visitors.get(m.visitor);
    if (!reporter) return;
    const line = m.line === undefined ? undefined : this.line(m.line);
    if (!subject && !line) {
      return this.room.refuse(client, ChatMessage.Report, ErrorCode.NoSuchMember, "no such visitor in this room");
    }
    if (line && line.from !== m.visitor) {
      return this.room.refuse(client, ChatMessage.Report, ErrorCode.InvalidMessage, "line: not a line of that visitor");
    }
    const pace = this.paces.get(client.sessionId) ?? freshPace(this.now());
    this.paces.set(client.sessionId, pace);
    const verdict = paceLine(pace, this.now(), 0);
    if (!verdict.ok) return this.notice(client, { notice: ChatNotice.TooFast, waitSec: verdict.waitSec });
    this.room.moderation?.record({
      at: this.now(),
      act: "report",
      actor: `${reporter.name} (${client.sessionId})`,
      subject: `${subject?.name ?? line?.name ?? "?"} (${m.visitor})`,
      detail: line ? `${m.reason}: «${line.text}»` : m.reason,
      room: this.room.roomId,
    });
    this.notice(client, { notice: ChatNotice.Reported });
  }

  private *parties(): Generator<ChatParty> {
    for (const [id, v] of this.room.state.visitors) {
      if (!v.connected) continue;
      yield { id, sceneId: v.sceneId, tour: this.room.tourOf(id)?.code ?? null };
    }
  }

  private remember(line: ChatLineMessage): void {
    this.recent.push(line);
    if (this.recent.length > RECENT_LINES) this.recent.shift();
  }

  private notice(client: Client, body: ChatNoticeMessage): void {
    client.send(ChatMessage.Notice, body);
  }

  private on<T>(type: string, schema: z.ZodType<T>, run: (client: Client, msg: T) => void): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      if (msg) run(client, msg.value);
    });
  }
}
