// The one adapter around @colyseus/schema's string encoder: every string is written well-formed, with the byte length
// the decoder will read. Installed once at start-up (museumServer.ts; tests that boot rooms), never on import.
import { encode } from "@colyseus/schema";

/**
 * @colyseus/schema 3.0.76 (build/esm/index.mjs, `string$1`) has two ways of putting every decoder out of step:
 * - it measures with Buffer.byteLength, which counts an unpaired surrogate as 3 bytes (U+FFFD), but its utf8Write
 *   writes 4 (it takes the next unit as the pair's other half), so the length prefix lies;
 * - a string of exactly 255 bytes gets the prefix `0xd9, 255 % 255` = 0: the decoder reads an empty string and then
 *   the 255 bytes as fields.
 * The guard makes the string well-formed first (unpaired surrogates become U+FFFD, which both sides count as 3 bytes)
 * and writes the msgpack str header itself. tests/server/rooms/schemaStrings.test.ts pins both faults and the version.
 */
type Cursor = { offset: number };
type StringEncoder = (bytes: Buffer | Uint8Array, value: string | null | undefined, it: Cursor) => number;

const GUARDED = Symbol.for("digital-bund.schemaStringGuard");

const guardedString: StringEncoder = (bytes, value, it) => {
  const text = value ? (value as string & { toWellFormed(): string }).toWellFormed() : "";
  const length = Buffer.byteLength(text, "utf8");
  let size: number;
  if (length < 0x20) {
    bytes[it.offset++] = 0xa0 | length; // fixstr
    size = 1;
  } else if (length < 0x100) {
    bytes[it.offset++] = 0xd9; // str 8
    bytes[it.offset++] = length;
    size = 2;
  } else if (length < 0x10000) {
    bytes[it.offset++] = 0xda; // str 16
    encode.uint16(bytes as Buffer, length, it);
    size = 3;
  } else {
    bytes[it.offset++] = 0xdb; // str 32 (the state's strings are far below 4 GB)
    encode.uint32(bytes as Buffer, length, it);
    size = 5;
  }
  // For a well-formed string the library's writer emits exactly Buffer.byteLength bytes.
  encode.utf8Write(bytes as Buffer, text, it);
  return size + length;
};

/**
 * Replaces `encode.string` (which the encoder looks up on each field and map key) with the guarded one. Calling it
 * again does nothing. Returns a function that puts the library's own encoder back (for the test that pins its faults).
 */
export function installSchemaStringGuard(): () => void {
  const table = encode as unknown as Record<string, StringEncoder & { [GUARDED]?: true }>;
  const original = table.string;
  if (original[GUARDED]) return () => undefined;
  const guard: StringEncoder & { [GUARDED]?: true } = (bytes, value, it) => guardedString(bytes, value, it);
  guard[GUARDED] = true;
  table.string = guard;
  return () => {
    if (table.string === guard) table.string = original;
  };
}
