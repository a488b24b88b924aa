// A receive slot's numbering: one voice passes through unchanged; the next voice carries on from the last number,
// its timestamps moved on by the silence between; wrap-around at 2^16 and 2^32 holds; reordering does not rewind.
import { describe, expect, it } from "vitest";
import { createSlotTimeline } from "../../../server/voice/slotTimeline";

describe("a slot's RTP line", () => {
  it("passes the first voice through as it is", () => {
    const slot = createSlotTimeline();
    expect(slot.renumber("a", { sequenceNumber: 500, timestamp: 9000 }, 0)).toEqual({
      sequenceNumber: 500,
      timestamp: 9000,
    });
    expect(slot.renumber("a", { sequenceNumber: 501, timestamp: 9960 }, 20)).toEqual({
      sequenceNumber: 501,
      timestamp: 9960,
    });
  });

  it("carries the next voice on one number later and as many ticks later as the slot stood silent", () => {
    const slot = createSlotTimeline();
    slot.renumber("a", { sequenceNumber: 65535, timestamp: 4294967000 }, 1000);
    const next = slot.renumber("b", { sequenceNumber: 7, timestamp: 123 }, 3000);
    expect(next).toEqual({ sequenceNumber: 0, timestamp: (4294967000 + 2 * 48_000) % 2 ** 32 });
    expect(slot.renumber("b", { sequenceNumber: 8, timestamp: 123 + 960 }, 3020)).toEqual({
      sequenceNumber: 1,
      timestamp: (next.timestamp + 960) % 2 ** 32,
    });
  });

  it("moves on at least one frame when voices swap within the same instant", () => {
    const slot = createSlotTimeline();
    slot.renumber("a", { sequenceNumber: 10, timestamp: 1000 }, 50);
    expect(slot.renumber("b", { sequenceNumber: 90, timestamp: 5 }, 50)).toEqual({
      sequenceNumber: 11,
      timestamp: 1960,
    });
  });

  it("a late packet keeps its place without rewinding the line for the next voice", () => {
    const slot = createSlotTimeline();
    slot.renumber("a", { sequenceNumber: 100, timestamp: 0 }, 0);
    slot.renumber("a", { sequenceNumber: 102, timestamp: 1920 }, 40);
    expect(slot.renumber("a", { sequenceNumber: 101, timestamp: 960 }, 41).sequenceNumber).toBe(101);
    expect(slot.renumber("b", { sequenceNumber: 1, timestamp: 0 }, 60).sequenceNumber).toBe(103);
  });
});
