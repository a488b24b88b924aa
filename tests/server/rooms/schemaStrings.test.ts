// The string guard around @colyseus/schema's encoder (server/rooms/schemaStrings.ts): pins the library's two faults
// and its version, so an upgrade that changes the encoder is noticed, and shows the guard's bytes decode exactly.
import { Decoder, Encoder, schema } from "@colyseus/schema";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { installSchemaStringGuard } from "../../../server/rooms/schemaStrings";

const Record2 = schema({ first: "string", second: "string", after: "uint8" });

/** Encodes a record whose first string is `first` and decodes it as a client would. */
function roundTrip(first: string) {
  const state = new Record2();
  state.first = first;
  state.second = "next visitor";
  state.after = 42;
  const bytes = new Encoder(state).encodeAll();
  const seen = new Record2();
  const errors: unknown[] = [];
  const { error, warn } = console;
  // The decoder logs ("Invalid byte", "field not defined") what it cannot read: kept as the record's errors.
  console.error = console.warn = (...a: unknown[]) => void errors.push(a);
  try {
    new Decoder(seen).decode(bytes);
  } catch (err) {
    errors.push(err);
  } finally {
    Object.assign(console, { error, warn });
  }
  return { seen: { first: seen.first, second: seen.second, after: seen.after }, errors };
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe("@colyseus/schema's string encoder", () => {
  it("is the version the guard was written against (re-read schemaStrings.ts before moving it)", () => {
    const entry = createRequire(import.meta.url).resolve("@colyseus/schema");
    const pkg = JSON.parse(readFileSync(path.join(entry, "../../../package.json"), "utf8"));
    expect(pkg.name).toBe("@colyseus/schema");
    expect(pkg.version).toBe("3.0.76");
  });

  it("on its own, an unpaired surrogate puts the decoder out of step (if this passes, the library was fixed)", () => {
    const { seen } = roundTrip("\uD800中".repeat(16));
    expect(seen).not.toEqual({ first: "\uFFFD中".repeat(16), second: "next visitor", after: 42 });
  });

  it("on its own, a string of exactly 255 bytes is written with length 0 (if this passes, the library was fixed)", () => {
    const { seen } = roundTrip("a".repeat(255));
    expect(seen).not.toEqual({ first: "a".repeat(255), second: "next visitor", after: 42 });
  });
});

describe("installSchemaStringGuard", () => {
  it("writes unpaired surrogates as U+FFFD and the fields after them decode intact", () => {
    uninstall = installSchemaStringGuard();
    for (const s of ["\uD800中".repeat(16), "\uDC00", "x\uD83D", "\uDE00\uD83D", "a".repeat(31) + "\uD83D"]) {
      const { seen, errors } = roundTrip(s);
      expect(seen).toEqual({
        first: (s as string & { toWellFormed(): string }).toWellFormed(),
        second: "next visitor",
        after: 42,
      });
      expect(errors).toEqual([]);
    }
  });

  it("writes every length prefix right: around 31, 255 and 65535 bytes, in one- to four-byte characters", () => {
    uninstall = installSchemaStringGuard();
    Encoder.BUFFER_SIZE = Math.max(Encoder.BUFFER_SIZE, 128 * 1024); // room for the 64 KB strings without a warning
    const lengths = [0, 1, 31, 32, 254, 255, 256, 65535, 65536];
    for (const n of lengths) {
      for (const unit of ["a", "é", "中", "😀"]) {
        const s = unit.repeat(Math.floor(n / Buffer.byteLength(unit))) + "a".repeat(n % Buffer.byteLength(unit));
        expect(Buffer.byteLength(s)).toBe(n);
        expect(roundTrip(s)).toEqual({ seen: { first: s, second: "next visitor", after: 42 }, errors: [] });
      }
    }
  });

  it("is installed once however often it is called, and can be taken out", () => {
    const first = installSchemaStringGuard();
    const second = installSchemaStringGuard();
    second(); // the no-op of a repeated call
    expect(roundTrip("a".repeat(255)).seen.first).toBe("a".repeat(255));
    first();
    expect(roundTrip("a".repeat(255)).seen.first).not.toBe("a".repeat(255));
  });
});
