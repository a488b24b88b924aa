// The voice controls' words in English and Simplified Chinese (loaded with the voice code, after entering).
import { wordsOf, type StringTable } from "./strings";

export const VOICE_STRINGS = {
  micOff: { en: "Microphone off", zh: "麦克风已关" },
  micOn: { en: "Microphone on", zh: "麦克风已开" },
  micHint: {
    en: "Turn your microphone on or off. Hold V to talk while it is off.",
    zh: "打开或关闭麦克风。关闭时按住 V 键说话。",
  },
  chooseMic: { en: "Microphone", zh: "麦克风" },
  originalSound: {
    en: "Original sound (for music: no echo or noise filtering; wear headphones)",
    zh: "原声（适合音乐：不消除回声和噪音，请戴耳机）",
  },
  speaking: { en: "{name} is speaking", zh: "{name} 正在说话" },
  "no-microphone": {
    en: "Voice: no microphone was found. You can still listen and read.",
    zh: "语音：未找到麦克风。您仍可收听和阅读。",
  },
  refused: {
    en: "Voice: the browser was not allowed to use the microphone. You can still listen.",
    zh: "语音：浏览器未获准使用麦克风。您仍可收听。",
  },
  unreachable: {
    en: "Voice could not connect (the network may block it). The museum works without it.",
    zh: "语音无法连接（网络可能阻止了它）。博物馆的其他功能不受影响。",
  },
  off: { en: "Voice is turned off on this server.", zh: "本服务器未开启语音。" },
  // A tour's voices, for its guide.
  voices: { en: "Voices", zh: "发言" },
  muteAll: { en: "Mute everyone", zh: "全体静音" },
  unmuteAll: { en: "Let everyone speak", zh: "解除全体静音" },
  giveFloor: { en: "Give the floor", zh: "请其发言" },
  takeFloor: { en: "Take the floor back", zh: "收回发言权" },
  mute: { en: "Mute", zh: "静音" },
  unmute: { en: "Unmute", zh: "取消静音" },
  isSpeaking: { en: "speaking", zh: "正在说话" },
  hasFloor: { en: "has the floor", zh: "正在发言" },
  isMuted: { en: "muted", zh: "已静音" },
  // What a member is told.
  youHaveFloor: { en: "You have the floor: the whole group hears you.", zh: "您正在发言：全团都能听到您。" },
  youAreMuted: { en: "Your guide has muted you.", zh: "导游已将您静音。" },
  restarting: { en: "Voice is restarting: back in a moment.", zh: "语音正在重启，稍后恢复。" },
} as const satisfies StringTable;

export const voiceWords = wordsOf(VOICE_STRINGS);
