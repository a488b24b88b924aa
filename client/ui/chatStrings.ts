// The chat's and moderation's words in English and Simplified Chinese (loaded with the voice code, after entering).
import { wordsOf, type StringTable } from "./strings";

export const CHAT_STRINGS = {
  chat: { en: "Chat", zh: "聊天" },
  openChat: { en: "Open the chat", zh: "打开聊天" },
  unread: { en: "Chat ({n} new)", zh: "聊天（{n} 条新消息）" },
  close: { en: "Close", zh: "关闭" },
  lines: { en: "Messages", zh: "消息" },
  toScene: { en: "Everyone here", zh: "此处所有人" },
  toTour: { en: "My tour", zh: "我的导览团" },
  channel: { en: "Send to", zh: "发送给" },
  write: { en: "Write a message", zh: "输入消息" },
  send: { en: "Send", zh: "发送" },
  tourMark: { en: "tour", zh: "团" },
  guideMark: { en: "guide", zh: "导游" },
  actionsFor: { en: "Actions for {name}", zh: "对 {name} 的操作" },
  report: { en: "Report", zh: "举报" },
  block: { en: "Block", zh: "屏蔽" },
  unblock: { en: "Unblock", zh: "取消屏蔽" },
  silence: { en: "Silence here", zh: "在此禁言" },
  unsilence: { en: "Lift the silence", zh: "解除禁言" },
  remove: { en: "Remove for 10 min", zh: "移出 10 分钟" },
  people: { en: "People here", zh: "此处的人" },
  speakingMark: { en: "speaking", zh: "正在说话" },
  slowMode: { en: "Slow mode for the tour's chat", zh: "导览团聊天慢速模式" },
  slowOff: { en: "off", zh: "关闭" },
  slowSec: { en: "{n} s", zh: "{n} 秒" },
  reports: { en: "Reports and acts", zh: "举报与处理记录" },
  // What the server said of a line.
  filtered: { en: "Some words of your message were hidden by the filter.", zh: "您消息中的部分词语已被过滤。" },
  slowed: { en: "Slow mode: wait {n} s before your next message.", zh: "慢速模式：请 {n} 秒后再发送。" },
  "too-fast": { en: "Too many messages: wait {n} s.", zh: "消息太多：请等待 {n} 秒。" },
  silenced: { en: "A moderator has silenced you here.", zh: "管理员已将您在此禁言。" },
  reported: { en: "Thank you: your report reached the moderators.", zh: "谢谢：您的举报已送达管理员。" },
  "slow-mode": {
    en: "The guide set slow mode: one message every {n} s.",
    zh: "导游开启了慢速模式：每 {n} 秒一条消息。",
  },
  "slow-off": { en: "The guide ended slow mode.", zh: "导游关闭了慢速模式。" },
  unsilenced: { en: "A moderator lifted your silence.", zh: "管理员已解除您的禁言。" },
  removed: {
    en: "A moderator removed you from the museum until {time}.",
    zh: "管理员已将您移出博物馆，至 {time} 为止。",
  },
} as const satisfies StringTable;

export const chatWords = wordsOf(CHAT_STRINGS);
