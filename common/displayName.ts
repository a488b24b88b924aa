// Display names as everyone sees them: markup and invisible characters removed, spaces folded, cut on whole
// characters to MAX_DISPLAY_NAME characters and MAX_DISPLAY_NAME_BYTES of UTF-8 (common/visitorText.ts).
import { cleanVisitorText, type TextLimits } from "./visitorText";

/** User-perceived characters (grapheme clusters), not UTF-16 units: 31 letters and an emoji fit. */
export const MAX_DISPLAY_NAME = 32;
/** Keeps every visitor's record small (the full state a newcomer receives is sized on it): 32 CJK characters fit. */
export const MAX_DISPLAY_NAME_BYTES = 96;
export const DISPLAY_NAME_LIMITS: TextLimits = { graphemes: MAX_DISPLAY_NAME, bytes: MAX_DISPLAY_NAME_BYTES };

export function cleanDisplayName(raw: string, limits: TextLimits = DISPLAY_NAME_LIMITS): string {
  // A pasted tag is dropped whole, not left as text; stray brackets go too.
  return cleanVisitorText(raw.replace(/<[^>]*>/g, "").replace(/[<>]/g, ""), limits);
}
