// Can Colyseus decode this frame? Checked first, because 0.16 decodes the message type outside its own try/catch.
import { Protocol } from "@colyseus/core";
import { unpack } from "@colyseus/msgpackr";
import { decode, type Iterator } from "@colyseus/schema";

export function isDecodableFrame(buffer: Buffer | undefined): boolean {
  if (!buffer || buffer.byteLength < 2) return false;
  const code = buffer[0];
  if (code !== Protocol.ROOM_DATA && code !== Protocol.ROOM_DATA_BYTES) return false;
  try {
    const it: Iterator = { offset: 1 };
    const type = decode.stringCheck(buffer, it) ? decode.string(buffer, it) : decode.number(buffer, it);
    if (it.offset > buffer.byteLength) return false;
    if (typeof type === "number" ? !Number.isFinite(type) : typeof type !== "string") return false;
    if (code === Protocol.ROOM_DATA && buffer.byteLength > it.offset) unpack(buffer.subarray(it.offset));
    return true;
  } catch {
    return false;
  }
}
