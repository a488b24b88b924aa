// What kind of stroke a model stroke is (dot, horizontal, 撇, 捺, hook…), read off its median: it names the stroke in
// feedback and says which brush technique the stroke asks for.
import type { LocalizedText } from "../sceneParts";
import { dist, pathLength, resample, type Vec } from "./inkGeometry";

export type StrokeKind =
  "dot" | "horizontal" | "vertical" | "rising" | "leftFalling" | "rightFalling" | "hook" | "turning";

export const KIND_NAMES: Record<StrokeKind, LocalizedText> = {
  dot: { en: "dot (点)", zh: "点" },
  horizontal: { en: "horizontal (横)", zh: "横" },
  vertical: { en: "vertical (竖)", zh: "竖" },
  rising: { en: "rising stroke (提)", zh: "提" },
  leftFalling: { en: "left-falling stroke (撇)", zh: "撇" },
  rightFalling: { en: "right-falling stroke (捺)", zh: "捺" },
  hook: { en: "stroke with a hook (钩)", zh: "带钩的笔画" },
  turning: { en: "turning stroke (折)", zh: "折笔" },
};

/** Shorter than this (grid units) a stroke is a dot. */
const DOT_LENGTH = 180;
/** A turn sharper than this (degrees) between two arms is a corner. */
const CORNER_DEGREES = 60;

const angle = (a: Vec, b: Vec): number => Math.atan2(b.y - a.y, b.x - a.x);

function turnDegrees(a: Vec, b: Vec, c: Vec): number {
  let d = angle(b, c) - angle(a, b);
  while (d > Math.PI) d -= 2 * Math.PI;
  while (d < -Math.PI) d += 2 * Math.PI;
  return Math.abs((d * 180) / Math.PI);
}

/** The sharpest corner whose two arms are both a real part of the stroke, as the fraction along it, or null. */
function mainCorner(median: readonly Vec[]): { at: number; degrees: number } | null {
  const pts = resample(median, 25);
  let best: { at: number; degrees: number } | null = null;
  // A turn in the first fifth is the brush's entry (the 顿笔 before a 撇), not a corner of the stroke.
  for (let i = 6; i < pts.length - 2; i++) {
    const degrees = turnDegrees(pts[i - 2], pts[i], pts[i + 2]);
    if (degrees >= CORNER_DEGREES && (!best || degrees > best.degrees)) best = { at: i / (pts.length - 1), degrees };
  }
  return best;
}

export function strokeKind(median: readonly Vec[]): StrokeKind {
  const length = pathLength(median);
  if (length < DOT_LENGTH) return "dot";
  const corner = mainCorner(median);
  if (corner) return corner.at > 0.8 ? "hook" : "turning";
  const start = median[0];
  const end = median[median.length - 1];
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dy) < 0.36 * Math.abs(dx)) return dx > 0 ? "horizontal" : "leftFalling";
  if (Math.abs(dx) < 0.36 * Math.abs(dy)) return dy < 0 ? "vertical" : "rising";
  if (dy > 0) return "rising";
  return dx < 0 ? "leftFalling" : dist(start, end) > 0 ? "rightFalling" : "dot";
}

/** Where a stroke goes, in words: "down and to the left". */
export function headingText(from: Vec, to: Vec): LocalizedText {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const horiz = Math.abs(dx) > 0.4 * Math.abs(dy) ? (dx > 0 ? "right" : "left") : null;
  const vert = Math.abs(dy) > 0.4 * Math.abs(dx) ? (dy > 0 ? "up" : "down") : null;
  const en = [vert, horiz && `to the ${horiz}`].filter(Boolean).join(" and ");
  const zh = `向${vert ? (vert === "up" ? "上" : "下") : ""}${horiz ? (horiz === "left" ? "左" : "右") : ""}`;
  return { en, zh };
}
