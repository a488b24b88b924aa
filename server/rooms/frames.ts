// Can Colyseus decode this frame? Checked first, because 0.16 decodes the message type outside its own try/catch.
import { Protocol } from "@colyseus/core";
import { unpack } from "@colyseus/msgpackr";
import { decode, type Iterator } from "@colyseus/schema";

// The library's own reader prints every invalid byte to stderr, outside the logger and its throttle: a hostile
// frame is measured and checked here with a strict decoder instead, and refused quietly.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The message type's name as msgpack str (the layout @colyseus/schema's decode.string reads), or null. */
function typeName(buffer: Buffer, it: Iterator): string | null {
  const prefix = buffer[it.offset++];
  let length: number;
  if (prefix >= 0xa0 && prefix < 0xc0) length = prefix & 0x1f;
  else if (prefix === 0xd9) length = decode.uint8(buffer, it);
  else if (prefix === 0xda) length = decode.uint16(buffer, it);
  else if (prefix === 0xdb) length = decode.uint32(buffer, it);
  else return null;
  const end = it.offset + length;
  if (end > buffer.byteLength) return null;
  try {
    const name = strictUtf8.decode(buffer.subarray(it.offset, end));
    it.offset = end;
    return name;
  } catch {
    return null;
  }
}

export function isDecodableFrame(buffer: Buffer | undefined): boolean {
  if (!buffer || buffer.byteLength < 2) return false;
  const code = buffer[0];
  if (code !== Protocol.ROOM_DATA && code !== Protocol.ROOM_DATA_BYTES) return false;
  try {
    const it: Iterator = { offset: 1 };
    const type = decode.stringCheck(buffer, it) ? typeName(buffer, it) : decode.number(buffer, it);
    if (type === null || it.offset > buffer.byteLength) return false;
    if (typeof type === "number" ? !Number.isFinite(type) : typeof type !== "string") return false;
    if (code === Protocol.ROOM_DATA && buffer.byteLength > it.offset) unpack(buffer.subarray(it.offset));
    return true;
  } catch {
    return false;
  }
}
