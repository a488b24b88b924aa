// The words of the VR comfort menu in both languages (the menu ships with the lazy XR code, not the start-up bundle).
import type { Lang } from "../../common/sceneParts";
import { wordsOf, type StringTable } from "../ui/strings";
import type { XrSettings } from "../state/xrSettings";
import type { PeriodLayer } from "../../common/periodLayers";

export const XR_STRINGS = {
  title: { en: "Comfort", zh: "舒适设置" },
  turnSnap: { en: "Turning: snap {n}°", zh: "转向：每次 {n}°" },
  turnSmooth: { en: "Turning: smooth", zh: "转向：平滑" },
  moveTeleport: { en: "Moving: teleport", zh: "移动：瞬移" },
  moveSmooth: { en: "Moving: teleport + left stick", zh: "移动：瞬移 + 左摇杆行走" },
  vignetteOn: { en: "Comfort vignette: on", zh: "舒适暗角：开" },
  vignetteOff: { en: "Comfort vignette: off", zh: "舒适暗角：关" },
  seatedOn: { en: "Seated mode: on (+{n} cm)", zh: "坐姿模式：开（+{n} 厘米）" },
  seatedOff: { en: "Seated mode: off", zh: "坐姿模式：关" },
  calibrate: { en: "Calibrate height", zh: "校准身高" },
  readingSize: { en: "Reading panels: text {n}%", zh: "阅读面板：字号 {n}%" },
  readingDistance: { en: "Reading panels: {n} m away", zh: "阅读面板：距离 {n} 米" },
  layerShowToday: { en: "The Bund in 1937 · show today", zh: "1937年的外滩 · 看今日" },
  layerShow1937: { en: "The Bund today · show 1937", zh: "今日外滩 · 看1937年" },
  close: { en: "Close", zh: "关闭" },
  switchHint: { en: "{n} of {m} · A or X takes it", zh: "第{n}项，共{m}项 · 按 A 或 X 键选择" },
  chat: { en: "Chat", zh: "聊天" },
  noChat: { en: "No messages yet.", zh: "还没有消息。" },
} satisfies StringTable;

export type XrStringKey = keyof typeof XR_STRINGS;

export const xrText = wordsOf(XR_STRINGS);

/** The label of each menu row for the current settings. */
export function menuLabels(
  s: XrSettings,
  lang: Lang,
  layer: PeriodLayer,
): Record<"layer" | "turn" | "move" | "vignette" | "seated" | "calibrate" | "size" | "distance" | "close", string> {
  return {
    layer: xrText(layer === "1937" ? "layerShowToday" : "layerShow1937", lang),
    turn: s.turn === "smooth" ? xrText("turnSmooth", lang) : xrText("turnSnap", lang, { n: s.snapDeg }),
    move: xrText(s.smoothMove ? "moveSmooth" : "moveTeleport", lang),
    vignette: xrText(s.vignette ? "vignetteOn" : "vignetteOff", lang),
    seated: s.seated ? xrText("seatedOn", lang, { n: Math.round(s.seatedOffset * 100) }) : xrText("seatedOff", lang),
    calibrate: xrText("calibrate", lang),
    size: xrText("readingSize", lang, { n: Math.round(s.readingScale * 100) }),
    distance: xrText("readingDistance", lang, { n: s.readingDistance.toFixed(1) }),
    close: xrText("close", lang),
  };
}
