// Display names as everyone sees them: tags and control characters removed, spaces folded, length capped.
export const MAX_DISPLAY_NAME = 32;

export function cleanDisplayName(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, "") // a pasted tag is dropped whole, not left as text
    .replace(/[\u0000-\u001f\u007f<>]/g, "") // eslint-disable-line no-control-regex
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_DISPLAY_NAME)
    .trim();
}
