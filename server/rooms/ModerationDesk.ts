// The room's moderation desk: a moderator (a guide account with the moderator flag: `npm run guide:moderator`)
// silences a visitor's voice and chat in this room, removes a visitor from the museum for a time (by their address,
// so a new tab does not bring them back), and reads the log of reports and acts. Every act is written to the log.
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import * as C from "../../common/chatMessages";
import {
  ChatMessage,
  type ModerationEntry,
  type ModerationLogMessage,
  type ModerationNoticeMessage,
} from "../../common/chatWire";
import { CloseCode, ErrorCode, VisitorRole } from "../../common/messageTypes";
import type { ModerationLog } from "../store/moderationLog";
import type { VoiceRoomPort } from "./voiceView";

export interface ModerationRoomPort extends VoiceRoomPort {
  readonly roomId: string;
  moderation: ModerationLog | undefined;
  /** The address the visitor's seat was asked from, when the room knows it. */
  addressOf(sessionId: string): string | undefined;
  /** Who hears whom changed (a silence starts or ends). */
  rerouteVoice(): void;
}

export class ModerationDesk {
  /** Silenced in this room (voice forwarded to no one, chat refused), until the moderator lifts it. */
  readonly silenced = new Set<string>();

  constructor(
    private readonly room: ModerationRoomPort,
    private readonly now: () => number = Date.now,
  ) {}

  listen(): void {
    this.moderate(ChatMessage.ModMute, C.ModMuteSchema, (client, m, actor) => {
      const subject = this.subject(client, ChatMessage.ModMute, m.visitor);
      if (!subject) return;
      if (m.on) this.silenced.add(m.visitor);
      else this.silenced.delete(m.visitor);
      this.room.rerouteVoice();
      this.act(m.on ? "mute" : "unmute", actor, subject, "in this room");
      this.tell(m.visitor, { act: m.on ? "silenced" : "unsilenced" });
    });
    this.moderate(ChatMessage.ModRemove, C.ModRemoveSchema, (client, m, actor) => {
      const subject = this.subject(client, ChatMessage.ModRemove, m.visitor);
      if (!subject) return;
      const until = this.now() + m.minutes * 60_000;
      const address = this.room.addressOf(m.visitor);
      if (address !== undefined) this.room.moderation?.remove(address, until);
      this.act("remove", actor, subject, `${m.minutes} min${address === undefined ? " (address unknown)" : ""}`);
      this.tell(m.visitor, { act: "removed", until });
      this.room.clientOf(m.visitor)?.leave(CloseCode.Removed, "a moderator removed you from the museum for a time");
    });
    this.moderate(ChatMessage.ModLog, C.ModLogSchema, (client) => {
      const entries = this.room.moderation?.latest() ?? [];
      client.send(ChatMessage.Log, { entries } satisfies ModerationLogMessage);
    });
  }

  /** Writes an act of a guide or moderator to the log (the guide's tour mutes and removals come here too). */
  act(act: ModerationEntry["act"], actor: string, subject: string, detail: string): void {
    this.room.moderation?.record({ at: this.now(), act, actor, subject, detail, room: this.room.roomId });
  }

  /** "Name (session)" for the log. */
  who(sessionId: string): string {
    return `${this.room.state.visitors.get(sessionId)?.name ?? "?"} (${sessionId})`;
  }

  left(sessionId: string): void {
    this.silenced.delete(sessionId);
  }

  private subject(client: Client, type: string, id: string): string | null {
    if (!this.room.state.visitors.has(id)) {
      this.room.refuse(client, type, ErrorCode.NoSuchMember, "no such visitor in this room");
      return null;
    }
    if (id === client.sessionId) {
      this.room.refuse(client, type, ErrorCode.NotNow, "a moderator cannot act on themself");
      return null;
    }
    return this.who(id);
  }

  private tell(sessionId: string, body: ModerationNoticeMessage): void {
    this.room.clientOf(sessionId)?.send(ChatMessage.Moderated, body);
  }

  private moderate<T>(type: string, schema: z.ZodType<T>, run: (client: Client, msg: T, actor: string) => void): void {
    this.room.onMessage(type, (client, raw) => {
      const msg = this.room.check(client, type, schema, raw);
      if (!msg) return;
      const visitor = this.room.state.visitors.get(client.sessionId);
      const moderator = visitor?.role === VisitorRole.Guide && this.room.moderation?.isModerator(visitor.name) === true;
      if (!moderator) return this.room.refuse(client, type, ErrorCode.NotModerator, "only a moderator may do that");
      run(client, msg.value, this.who(client.sessionId));
    });
  }
}
