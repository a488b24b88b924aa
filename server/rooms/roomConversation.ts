// The room's conversation beside voice: the chat desk and the moderation desk, wired to the voice and tour desks
// (a moderator's silence reaches the voice routing; a block cuts the chat too; a guide's mutes, floors taken back
// and removals from a tour are written to the moderation log).
import { VoiceMessage } from "../../common/voiceWire";
import type { ModerationLog } from "../store/moderationLog";
import { ChatDesk } from "./ChatDesk";
import { ModerationDesk } from "./ModerationDesk";
import type { TourDesk } from "./TourDesk";
import type { TourRoomPort } from "./tourRoomPort";
import type { VoiceDesk } from "./VoiceDesk";

export interface RoomConversation {
  chat: ChatDesk;
  moderation: ModerationDesk;
  /** The visitor left the room for good. */
  left(sessionId: string): void;
}

export function openConversation(o: {
  /** A fresh view of the room each call (each desk extends its own). */
  port: () => TourRoomPort;
  log: ModerationLog | undefined;
  addressOf: (sessionId: string) => string | undefined;
  voice: VoiceDesk;
  tours: TourDesk;
}): RoomConversation {
  const { voice, tours, log } = o;
  const moderation = new ModerationDesk(
    Object.assign(o.port(), { moderation: log, addressOf: o.addressOf, rerouteVoice: () => voice.reroute() }),
  );
  voice.silenced = moderation.silenced;
  const chat = new ChatDesk(
    Object.assign(o.port(), {
      moderation: log,
      tourOf: (id: string) => tours.tourOf(id),
      blocked: (a: string, b: string) => voice.blocked(a, b),
      silenced: (id: string) => moderation.silenced.has(id),
    }),
  );
  moderation.listen();
  chat.listen();
  logGuideActs(voice, tours, moderation);
  return {
    chat,
    moderation,
    left(id) {
      chat.left(id);
      moderation.left(id);
    },
  };
}

function logGuideActs(voice: VoiceDesk, tours: TourDesk, log: ModerationDesk): void {
  voice.acted = (type, guide, raw) => {
    const msg = raw as { member?: string | null; on?: boolean };
    if (type === VoiceMessage.Mute && msg.member)
      log.act("tour-mute", log.who(guide), log.who(msg.member), msg.on ? "muted" : "may speak again");
    else if (type === VoiceMessage.MuteAll)
      log.act("tour-mute", log.who(guide), "everyone", msg.on ? "muted" : "lifted");
    else if (type === VoiceMessage.Floor && msg.member === null) log.act("floor-end", log.who(guide), "the floor", "");
  };
  tours.removed = (guide, member) => log.act("tour-remove", log.who(guide), log.who(member), "from the tour");
}
