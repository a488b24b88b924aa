// Text that people type (names, announcements, plan text): made well-formed, freed of invisible characters, cut on
// whole characters (grapheme clusters) to a count and a UTF-8 byte size. Pure; shared by client and server.

/** How long a text may be: `graphemes` user-perceived characters and `bytes` of UTF-8, whichever comes first. */
export interface TextLimits {
  graphemes: number;
  bytes: number;
}

/**
 * One user-perceived character may be at most this many UTF-8 bytes; the rest of an over-long cluster (e.g. a letter
 * under 10,000 combining marks) is cut off. The longest honest clusters are emoji sequences: a family of four with skin
 * tones is 41 bytes, a subdivision flag (🏴 + tags) 28.
 */
export const MAX_GRAPHEME_BYTES = 48;

// Node 20 and Chromium have String.prototype.toWellFormed (ES2024); the project's TypeScript lib is ES2022.
type Es2024String = string & { toWellFormed(): string; isWellFormed(): boolean };

/** Every unpaired surrogate becomes U+FFFD, so the text has one exact UTF-8 form. */
export const wellFormed = (s: string): string => (s as Es2024String).toWellFormed();
export const isWellFormed = (s: string): boolean => (s as Es2024String).isWellFormed();

/**
 * Emoji tag sequences: 🏴 followed by tag characters and the cancel tag (🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland). These keep their tags; any
 * other tag character (U+E0000–E007F) is invisible text and goes.
 */
const TAG_SEQUENCE = "\u{1F3F4}[\u{E0020}-\u{E007E}]{1,12}\u{E007F}";
/**
 * The joiners are kept where they join something: ZWJ between emoji (👨‍👩‍👧), and ZWJ / ZWNJ inside a word of a
 * script that shapes with them (Persian in Arabic script, the Indic scripts after a virama), before a letter.
 * Anywhere else they are invisible padding ("A\u200Dda" would look like "Ada").
 */
const EMOJI_JOINER = "(?<=[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F])\\u200D(?=\\p{Extended_Pictographic})";
const JOINING_SCRIPTS = [
  "Arabic",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
];
const SCRIPT_JOINER = `(?<=[${JOINING_SCRIPTS.map((s) => `\\p{Script=${s}}`).join("")}])[\\u200C\\u200D](?=\\p{L})`;
/**
 * Removed: format characters (Unicode category Cf: bidi controls U+202A–202E, U+2066–2069, U+200E/200F, U+061C;
 * zero-width U+200B, U+200C, U+200D, U+2060, U+FEFF; soft hyphen; tags U+E0000–E007F; …) outside the kept
 * sequences above, and blank "letters" that render as nothing (Hangul fillers, the braille blank).
 */
const HIDDEN = "\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800";
const INVISIBLE = new RegExp(`(${TAG_SEQUENCE}|${EMOJI_JOINER}|${SCRIPT_JOINER})|[${HIDDEN}]`, "gu");
/** Most text has none of them: one cheap scan spares it the lookarounds above. */
const ANY_HIDDEN = new RegExp(`[${HIDDEN}]`, "u");

/** Controls and every kind of white space and line break, folded into one space. */
const SPACES = /[\p{Cc}\p{White_Space}]+/gu;

/** UTF-8 size; an unpaired surrogate counts as U+FFFD (3 bytes), as TextEncoder and Buffer write it. */
function bytesOf(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Code points that may join a cluster with a neighbour (UAX #29): marks, format characters (ZWJ, tags, prepended
 * concatenation marks), emoji modifiers, regional indicators, Hangul jamo, CR, and the few prepending letters. Between
 * two code points that are neither, there is always a cluster boundary — so only the runs around these need
 * Intl.Segmenter, which costs microseconds a cluster (4,000 characters of plain narration: ~30 ms on a busy core).
 */
const JOINING = [
  "\\p{M}\\p{Cf}\\p{Emoji_Modifier}\\p{Regional_Indicator}", // marks, ZWJ and tags, skin tones, flags
  "\\u1100-\\u11FF\\uA960-\\uA97F\\uD7B0-\\uD7FF\\r", // Hangul jamo, CR (of CR LF)
  "\\u0D4E\\u{111C2}\\u{111C3}\\u{1193F}\\u{11941}\\u{11A3A}\\u{11A84}-\\u{11A89}\\u{11D46}\\u{11F02}", // prepending letters
].join("");
/** A run that needs segmenting: joining code points with the plain ones on either side of them. */
const JOINED_RUN = new RegExp(`[^${JOINING}]?(?:[${JOINING}]+[^${JOINING}]?)+`, "gsu");

let segmenter: Intl.Segmenter | undefined;
/** The grapheme clusters of `s`, as Intl.Segmenter finds them. */
export function graphemes(s: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of s.matchAll(JOINED_RUN)) {
    // Between the runs, each code point is a cluster of its own.
    for (const cp of s.slice(at, m.index)) out.push(cp);
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    for (const g of segmenter.segment(m[0])) out.push(g.segment);
    at = m.index + m[0].length;
  }
  for (const cp of s.slice(at)) out.push(cp);
  return out;
}

/** An over-long cluster keeps its leading code points up to MAX_GRAPHEME_BYTES, and never ends on a joiner. */
function boundGrapheme(g: string): string {
  if (g.length * 3 <= MAX_GRAPHEME_BYTES || bytesOf(g) <= MAX_GRAPHEME_BYTES) return g;
  let kept = "";
  let size = 0;
  for (const cp of g) {
    const n = bytesOf(cp);
    if (size + n > MAX_GRAPHEME_BYTES) break;
    kept += cp;
    size += n;
  }
  return kept.replace(/\u200D+$/u, "");
}

/** Repairs unpaired surrogates, drops invisible characters, folds controls and white space, composes (NFC). Not cut. */
export function tidyVisitorText(raw: string): string {
  // Composed last: a character freed of an invisible one between its parts composes too (and stays so if cleaned again).
  const whole = wellFormed(raw);
  const visible = ANY_HIDDEN.test(whole)
    ? whole.replace(INVISIBLE, (_m, kept: string | undefined) => kept ?? "")
    : whole;
  return visible.replace(SPACES, " ").normalize("NFC").trim();
}

/** Cuts a tidy text after the last whole cluster that fits both limits (each cluster bounded first). */
export function cutToLimits(text: string, limits: TextLimits): string {
  let out = "";
  let count = 0;
  let size = 0;
  for (const g of graphemes(text)) {
    if (count >= limits.graphemes) break;
    const kept = boundGrapheme(g);
    const n = bytesOf(kept);
    if (size + n > limits.bytes) break;
    out += kept;
    count++;
    size += n;
  }
  return out.trim();
}

/** What every visitor-given text that others will see goes through: tidy, then cut on whole characters. */
export function cleanVisitorText(raw: string, limits: TextLimits): string {
  return cutToLimits(tidyVisitorText(raw), limits);
}

/** UTF-8 size, as the wire and the state count it. */
export const utf8Bytes = bytesOf;

/** The number of user-perceived characters. */
export const graphemeCount = (s: string): number => graphemes(s).length;

/**
 * Why a text written with care (plan titles and narration over REST) cannot be stored as it is, or null (its length
 * is the schema's business). Line breaks (LF, CR) and tabs are allowed there; everything else cleanVisitorText would remove or
 * repair is refused, so the guide hears about it instead of finding the text changed.
 */
export function textFlaw(s: string): string | null {
  if (!isWellFormed(s)) {
    const at = s.search(/[\uD800-\uDFFF]/u);
    return `has a broken character (an unpaired UTF-16 surrogate, U+${s.charCodeAt(at).toString(16).toUpperCase()}, at ${at})`;
  }
  const controls = /(?![\n\r\t])\p{Cc}/u.exec(s);
  if (controls) return `has a control character (U+${hex(controls[0])}) at ${controls.index}`;
  if (ANY_HIDDEN.test(s)) {
    for (const m of s.matchAll(INVISIBLE)) {
      if (m[1] === undefined) return `has an invisible formatting character (U+${hex(m[0])}) at ${m.index}: remove it`;
    }
  }
  const heavy = (g: string) => g.length * 3 > MAX_GRAPHEME_BYTES && bytesOf(g) > MAX_GRAPHEME_BYTES;
  if (graphemes(s).some(heavy))
    return `has a character built of more than ${MAX_GRAPHEME_BYTES} bytes (e.g. stacked combining marks)`;
  return null;
}

const hex = (ch: string) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
