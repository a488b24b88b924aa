// Display names as others see them: trimmed, markup and control characters removed, length capped.
import { MAX_DISPLAY_NAME } from "../../common/messages";

export function displayNameOf(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f<>]/g, "").replace(/\s+/g, " ").trim().slice(0, MAX_DISPLAY_NAME);
  return clean || "Visitor";
}
