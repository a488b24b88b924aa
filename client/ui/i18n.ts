// The interface's own words in English and Simplified Chinese (content carries its own translations).
import type { Lang, LocalizedText } from "../../common/sceneParts";
import { wordsOf, type StringTable } from "./strings";

export const UI_STRINGS = {
  title: { en: "Digital Bund", zh: "数字外滩" },
  tagline: { en: "Walk Shanghai's Bund as it stood in the 1930s", zh: "漫步20世纪30年代的上海外滩" },
  nameLabel: { en: "Your name", zh: "您的名字" },
  namePlaceholder: { en: "Visitor", zh: "游客" },
  langLabel: { en: "Language", zh: "语言" },
  enter: { en: "Enter the museum", zh: "进入博物馆" },
  loading: { en: "Loading the Bund…", zh: "正在加载外滩…" },
  hint: {
    en: "W A S D / arrows: walk · Shift: hurry · drag: look · L: mouse-look (Esc releases) · click ground: walk there · click or E: about a building",
    zh: "W A S D / 方向键：行走 · Shift：快走 · 拖动：环视 · L：鼠标视角（Esc 退出）· 点击地面：走过去 · 点击或按 E：建筑介绍",
  },
  close: { en: "Close", zh: "关闭" },
  built: { en: "Built", zh: "建成" },
  demolished: { en: "Lost", zh: "拆除" },
  standing: { en: "Still standing", zh: "现存" },
  lostLandmark: { en: "Lost landmark", zh: "已消失的地标" },
  architect: { en: "Architect", zh: "建筑师" },
  facade: { en: "Façade", zh: "外墙" },
  whatBecame: { en: "What became of it", zh: "后来" },
  uncertain: { en: "About this reconstruction", zh: "关于本复原" },
  sources: { en: "Sources", zh: "资料来源" },
  switchLang: { en: "中文", zh: "English" },
  north: { en: "N", zh: "北" },
  connected: { en: "Connected", zh: "已连接" },
  connecting: { en: "Connecting…", zh: "连接中…" },
  reconnecting: { en: "Reconnecting…", zh: "重新连接中…" },
  offline: { en: "Offline: visiting alone", zh: "离线：单人参观" },
  enterVr: { en: "Enter VR", zh: "进入 VR" },
  leaveVr: { en: "Leave VR", zh: "退出 VR" },
  transcript: { en: "Narration transcript", zh: "讲解文字" },
  playNarration: { en: "Play narration", zh: "播放讲解" },
  pauseNarration: { en: "Pause narration", zh: "暂停讲解" },
  period: { en: "Period", zh: "年代" },
  material: { en: "Material", zh: "材质" },
  dimensions: { en: "Dimensions (h × w × d)", zh: "尺寸（高×宽×深）" },
  department: { en: "Department", zh: "类别" },
  accession: { en: "Accession no.", zh: "藏品编号" },
  provenance: { en: "Provenance", zh: "来源" },
  credit: { en: "Credit line", zh: "鸣谢" },
  illustrative: {
    en: "Illustrative record: a typical object of its kind, modelled for the Digital Bund, not a documented piece.",
    zh: "示意藏品：依同类器物典型特征制作的数字模型，并非有据可查的具体文物。",
  },
  inspectHint: {
    en: "Drag to turn the object · wheel to zoom · Esc to return to the hall",
    zh: "拖动旋转器物 · 滚轮缩放 · Esc 返回展厅",
  },
  search: { en: "Search the collection", zh: "搜索藏品" },
  searchPlaceholder: { en: "Title, period, material…", zh: "名称、年代、材质…" },
  anyEra: { en: "Any period", zh: "所有年代" },
  anyMaterial: { en: "Any material", zh: "所有材质" },
  noResults: { en: "Nothing found.", zh: "没有找到。" },
  results: { en: "results", zh: "条结果" },
  map: { en: "Museum map", zh: "博物馆地图" },
  youAreHere: { en: "You are here", zh: "您在此处" },
  more: { en: "More", zh: "更多" },
} satisfies StringTable;

export type StringKey = keyof typeof UI_STRINGS;

export const t = wordsOf(UI_STRINGS);

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
