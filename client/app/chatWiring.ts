// Chat and moderation in the page (loaded with voice, after entering): the chat panel on every room connection, the
// server's lines and notices into it, the people of one's scene with their speaking marks (read from the room state
// twice a second), and whether this visitor is a moderator (a guide whose request for the log is answered).
import type { Room } from "colyseus.js";
import {
  ChatMessage,
  type ChatLineMessage,
  type ChatNoticeMessage,
  type ModerationLogMessage,
  type ModerationNoticeMessage,
} from "../../common/chatWire";
import { ErrorCode, MessageType, VisitorRole, type ErrorMessage } from "../../common/messageTypes";
import { VoiceMessage } from "../../common/voiceWire";
import { pageChat } from "../state/chatHistory";
import type { SettingsStore } from "../state/settings";
import { createChatPanel, type ChatPerson, type ChatView } from "../ui/chatPanel";
import { chatWords } from "../ui/chatStrings";
import { refusalText } from "../ui/tourStrings";
import "../ui/chat.css";

interface ChatRoomState {
  visitors: { forEach(fn: (v: { name: string; sceneId: string; role: number }, id: string) => void): void };
  tours: { forEach(fn: (t: { guide: string; members: { get(id: string): unknown } }, code: string) => void): void };
  voices?: { get(id: string): { speaking: boolean } | undefined };
}

export interface ChatWiring {
  attach(room: Room): void;
}

export function wireChat(ui: HTMLElement, settings: SettingsStore): ChatWiring {
  let room: Room | null = null;
  let moderator = false;
  const lang = () => settings.get().lang;
  const send = (type: string, body: object) => room?.send(type, body);
  const panel = createChatPanel(ui, settings, {
    say: (channel, text) => send(ChatMessage.Say, { channel, text }),
    report: (visitor, line) =>
      send(ChatMessage.Report, line === undefined ? { visitor, reason: "abuse" } : { visitor, line, reason: "abuse" }),
    block: (visitor, on) => send(VoiceMessage.Block, { visitor, on }),
    silence: (visitor, on) => send(ChatMessage.ModMute, { visitor, on }),
    remove: (visitor) => send(ChatMessage.ModRemove, { visitor, minutes: 10 }),
    slow: (seconds) => send(ChatMessage.Slow, { seconds }),
    readLog: () => send(ChatMessage.ModLog, {}),
  });

  const viewOf = (r: Room): ChatView => {
    const state = r.state as unknown as ChatRoomState;
    const me = r.sessionId;
    let mySceneId = "";
    let myRole = 0;
    const all: (ChatPerson & { sceneId: string })[] = [];
    state.visitors.forEach((v, id) => {
      if (id === me) {
        mySceneId = v.sceneId;
        myRole = v.role;
      }
      all.push({ id, name: v.name, sceneId: v.sceneId, speaking: state.voices?.get(id)?.speaking === true });
    });
    let inTour = false;
    let leadsTour = false;
    state.tours.forEach((t) => {
      if (t.members.get(me) === undefined) return;
      inTour = true;
      leadsTour = t.guide === me || myRole === VisitorRole.Guide;
    });
    const people = all.filter((p) => p.sceneId === mySceneId).map(({ sceneId: _s, ...p }) => p);
    return { me, inTour, leadsTour, moderator, people };
  };
  setInterval(() => room && panel.show(viewOf(room)), 500);

  const noticeText = (n: ChatNoticeMessage) => {
    const wait = { n: n.waitSec ?? 0 };
    if (n.notice === "slow-mode" && !n.waitSec) return chatWords("slow-off", lang());
    return chatWords(n.notice, lang(), wait);
  };

  return {
    attach(next) {
      room = next;
      moderator = false;
      next.onMessage(ChatMessage.Line, (line: ChatLineMessage) => {
        panel.add(line);
        pageChat.push(`${line.name}: ${line.text}`);
      });
      next.onMessage(ChatMessage.Notice, (n: ChatNoticeMessage) => panel.tell(noticeText(n)));
      next.onMessage(ChatMessage.Log, (m: ModerationLogMessage) => {
        const wasModerator = moderator;
        moderator = true;
        // The first answer only tells the page that this guide moderates; a later one is what they asked to read.
        if (wasModerator)
          panel.showLog(
            m.entries.map(
              (e) => `${new Date(e.at).toLocaleString()} · ${e.act} · ${e.actor} → ${e.subject} · ${e.detail}`,
            ),
          );
        panel.show(viewOf(next));
      });
      next.onMessage(ChatMessage.Moderated, (m: ModerationNoticeMessage) => {
        const time = m.until ? new Date(m.until).toLocaleTimeString() : "";
        panel.tell(chatWords(m.act, lang(), { time }));
      });
      next.onMessage(MessageType.Error, (e: ErrorMessage) => {
        if (e.type === ChatMessage.ModLog && e.code === ErrorCode.NotModerator) return;
        if (e.type.startsWith("chat:") || e.type.startsWith("mod:"))
          panel.tell(refusalText(e.code, e.type, lang(), e.message));
      });
      // A guide asks once: a moderator's request is answered with the log, anyone else's refused (and ignored).
      const asked = setInterval(() => {
        const me = (
          next.state as unknown as { visitors?: { get(id: string): { role: number } | undefined } }
        ).visitors?.get(next.sessionId);
        if (!me) return;
        clearInterval(asked);
        if (me.role === VisitorRole.Guide) next.send(ChatMessage.ModLog, {});
      }, 250);
    },
  };
}
