// The frame check refuses a message type that is not valid UTF-8 without printing anything (the library's reader
// writes each bad byte to stderr, outside the logger), and still passes every honest frame.
import { Protocol } from "@colyseus/core";
import { pack } from "@colyseus/msgpackr";
import { decode } from "@colyseus/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isDecodableFrame } from "../../../server/rooms/frames";

const frame = (...bytes: number[]) => Buffer.from([Protocol.ROOM_DATA, ...bytes]);
const named = (type: string, payload?: unknown) => {
  const name = Buffer.from(type, "utf8");
  return Buffer.concat([frame(0xa0 | name.length), name, payload === undefined ? Buffer.alloc(0) : pack(payload)]);
};

describe("isDecodableFrame", () => {
  afterEach(() => vi.restoreAllMocks());

  it("passes honest frames: a named type with a payload, a numeric type, a name of str 8", () => {
    expect(isDecodableFrame(named("pose", { x: 1, z: 2 }))).toBe(true);
    expect(isDecodableFrame(named("tour:next"))).toBe(true);
    expect(isDecodableFrame(frame(0x05))).toBe(true);
    const long = Buffer.from("a".repeat(40));
    expect(isDecodableFrame(Buffer.concat([frame(0xd9, long.length), long]))).toBe(true);
  });

  it("refuses a type that is not UTF-8, quietly (the library's reader would print to stderr)", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bad = frame(0xa3, 0xff, 0xfe, 0xfd);
    expect(isDecodableFrame(bad)).toBe(false);
    expect(errors).not.toHaveBeenCalled();
    // Why the check reads the name itself: @colyseus/schema's decode.string prints the bad bytes.
    decode.string(bad, { offset: 1 });
    expect(errors).toHaveBeenCalled();
  });

  it("refuses a name longer than the frame, an unknown prefix, a truncated payload and other protocols", () => {
    expect(isDecodableFrame(frame(0xa9, 0x61, 0x62))).toBe(false);
    expect(isDecodableFrame(frame(0xda, 0xff, 0xff, 0x61))).toBe(false);
    expect(isDecodableFrame(frame(0xc1))).toBe(false);
    expect(isDecodableFrame(Buffer.concat([named("pose"), Buffer.from([0x85])]))).toBe(false);
    expect(isDecodableFrame(Buffer.from([Protocol.JOIN_ROOM, 0xa1, 0x61]))).toBe(false);
    expect(isDecodableFrame(undefined)).toBe(false);
  });
});
