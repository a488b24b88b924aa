// Issue 11's string attack through a real room: fuzzed names and announcements (unpaired surrogates, emoji sequences,
// combining marks, bidi and zero-width characters, CJK, lengths around the caps) must leave every client's decoded
// state — and a late joiner's — equal to the server's. STRINGS_SEED=<n> replays a run.
import type { Room as ClientRoom } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageType } from "../../../common/messageTypes";
import { inbox, startHarness, visitorIn, type Harness } from "../../fixtures/tourRoomHarness";
import { seededRandom } from "../../../common/seededRandom";
import { museumStateOf } from "../../fixtures/roomClients";

const SEED = Number(process.env.STRINGS_SEED ?? 20261201);
const scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";

/** Strings drawn from the shared seeded generator (common/seededRandom.ts), so a failing run can be replayed. */
function generator(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const pieces: (() => string)[] = [
    () => String.fromCharCode(0xd800 + int(0x400)), // lone high surrogate
    () => String.fromCharCode(0xdc00 + int(0x400)), // lone low surrogate
    () => pick(["👨‍👩‍👧", "👩🏽‍💻", "🏳️‍🌈", scotland, "😀", "❤️"]),
    () => pick(["e", "a", "中"]) + "\u0301\u0323\u0308".repeat(1 + int(6)), // combining marks
    () => pick(["\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C"]), // bidi controls
    () => pick(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]), // zero-width
    () => String.fromCodePoint(0xe0020 + int(0x60)), // a stray tag character
    () => pick(["中", "外滩", "上海博物馆", "海关"]),
    () => "abcdefghijklmnop".slice(0, 1 + int(12)),
    () => pick(["\u0000", "\n", "\t", "\u007f", " ", "<b>", ">"]),
  ];
  /** About `units` UTF-16 units of random pieces, cut there: the cut itself may split a pair. */
  const text = (units: number) => {
    let s = "";
    while (s.length < units) s += pick(pieces)();
    return s.slice(0, units);
  };
  return { int, text };
}

let h: Harness;
const open: ClientRoom[] = [];
let guide: ClientRoom;
let code = "";

const serverState = () => JSON.parse(JSON.stringify(h.colyseus.getRoomById(guide.roomId).state.toJSON()));
const clientState = (r: ClientRoom) => JSON.parse(JSON.stringify(museumStateOf(r).toJSON()));
/** Every listed client's whole decoded state equals the server's (patches at 20 Hz: wait for them to arrive). */
async function expectSameState(clients: ClientRoom[]) {
  await vi.waitFor(
    () => {
      const truth = serverState();
      for (const c of clients) expect(clientState(c)).toEqual(truth);
    },
    { timeout: 4000, interval: 50 },
  );
}

beforeAll(async () => {
  h = await startHarness();
  guide = await h.guide("Mei Lin");
  code = await h.startTour(guide);
  open.push(guide, await h.join("Observer"));
});
afterAll(async () => {
  await h?.closeAll();
  await h?.colyseus.shutdown();
});

describe("strings in the room state", () => {
  it("the issue's names: a lone-surrogate name, 31 letters and an emoji, a letter under many combining marks", async () => {
    const lone = await h.join("\uD800中".repeat(16));
    const atCap = await h.join("a".repeat(31) + "😀");
    const marks = await h.join("a" + "\u0301".repeat(190)); // as long as a name may arrive: one over-long cluster
    open.push(lone, atCap, marks);
    await expectSameState(open);
    expect(visitorIn(guide, lone.sessionId).name).toBe("\uFFFD中".repeat(16));
    expect(visitorIn(guide, atCap.sessionId).name).toBe("a".repeat(31) + "😀");
    expect(Buffer.byteLength(visitorIn(guide, marks.sessionId).name)).toBeLessThanOrEqual(48);
    // 10,000 combining marks are refused before any work, naming the field; nobody's state changes.
    await expect(h.join("a" + "\u0301".repeat(10_000))).rejects.toThrow(/name: too long/);
    await expectSameState(open);
  });

  it(`fuzzed names (seed ${SEED}) leave every client's decoded state equal to the server's`, async () => {
    const { int, text } = generator(SEED);
    for (let i = 0; i < 24; i++) {
      const name = text(i % 4 === 0 ? 1 + int(10) : 28 + int(14)); // around the 32-character cap, some short
      open.push(await h.join(name));
    }
    await expectSameState(open);
    expect(Object.keys(serverState().visitors)).toHaveLength(open.length); // the comparison covered everyone
  });

  it(`fuzzed announcements (seed ${SEED}), and ones of exactly 255 bytes, reach every client as the server has them`, async () => {
    const { int, text } = generator(SEED + 1);
    const box = inbox(guide);
    // Each under the 200-unit input cap; the last three are exactly 255 bytes of UTF-8 (the str 8 length prefix).
    const texts = [
      ...Array.from({ length: 16 }, () => text(185 + int(16))),
      "中".repeat(85),
      "x" + "é".repeat(127),
      "abc" + "😀".repeat(63),
    ];
    const serverTour = () => h.colyseus.getRoomById(guide.roomId).state.tours.get(code)!;
    for (const [i, t] of texts.entries()) {
      const seq = serverTour().announceSeq;
      guide.send(MessageType.TourAnnounce, { text: t });
      await vi.waitFor(() => expect(serverTour().announceSeq).toBe((seq + 1) % 65536));
      await expectSameState([guide, open[1]]);
      expect(box.errors, `announcement ${i}`).toEqual([]);
    }
    await expectSameState(open);
  });

  it("a late joiner decodes the whole state as the server has it", async () => {
    const late = await h.join("Late visitor");
    open.push(late);
    await expectSameState([late]);
    expect(clientState(late).visitors[open[2].sessionId].name).toBe("\uFFFD中".repeat(16));
  });
});
