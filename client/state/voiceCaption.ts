// The caption for live voice: who is speaking among the voices this visitor hears now (the convention of captions
// for deaf and hard-of-hearing viewers: name the speaker, mark the sound). Live speech is not transcribed (that
// would need a speech recogniser; the browser's sends audio off the origin), and the caption says so. Pure.
import type { Lang } from "../../common/sceneParts";

export interface Speaker {
  name: string;
  role: "visitor" | "guide";
}

const WORDS = {
  en: {
    guide: (n: string) => `${n} (guide)`,
    one: (who: string) => `[${who} is speaking]`,
    many: (who: string) => `[${who} are speaking]`,
    list: ", ",
    and: " and ",
    more: (k: number) => `${k} more`,
    untranscribed: "Live speech is not transcribed; the guide's announcements and the chat are text.",
  },
  zh: {
    guide: (n: string) => `${n}（导游）`,
    one: (who: string) => `［${who}正在说话］`,
    many: (who: string) => `［${who}正在说话］`,
    list: "、",
    and: "和",
    more: (k: number) => `另外${k}人`,
    untranscribed: "现场语音没有文字转写；导游通知和聊天为文字。",
  },
} as const;

/** At most this many names; the rest are counted. */
const NAMES_SHOWN = 3;

/** The caption line for the speakers heard now (guides first), or null when nobody is. */
export function voiceCaption(speakers: readonly Speaker[], lang: Lang): { line: string; note: string } | null {
  if (speakers.length === 0) return null;
  const w = WORDS[lang];
  const ordered = [...speakers].sort((a, b) => (a.role === b.role ? 0 : a.role === "guide" ? -1 : 1));
  const names = ordered.slice(0, NAMES_SHOWN).map((s) => (s.role === "guide" ? w.guide(s.name) : s.name));
  if (ordered.length > NAMES_SHOWN) names.push(w.more(ordered.length - NAMES_SHOWN));
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(w.list)}${w.and}${names.at(-1)}`;
  return { line: ordered.length === 1 ? w.one(who) : w.many(who), note: w.untranscribed };
}
