// One receive slot's RTP numbering. A slot carries one voice after another; the listener's browser must see a single
// stream whose sequence numbers run on by one and whose timestamps advance with the wall clock, or its jitter buffer
// takes a new voice for a burst of late or lost packets. So each voice is re-based onto the slot's own line.

const SEQ_MOD = 0x10000;
const TS_MOD = 0x100000000;

export interface RtpNumbers {
  sequenceNumber: number;
  timestamp: number;
}

export interface SlotTimeline {
  /** A packet of the slot's current voice, renumbered for the listener. `nowMs` is the forwarder's clock. */
  renumber(speaker: string, packet: RtpNumbers, nowMs: number): RtpNumbers;
}

/** `clockRate`: the codec's RTP clock (48,000 for Opus). */
export function createSlotTimeline(clockRate = 48_000): SlotTimeline {
  let speaker: string | null = null;
  let seqOffset = 0;
  let tsOffset = 0;
  // The last numbers sent and when (plain numbers: this runs for every packet to every listener).
  let started = false;
  let lastSeq = 0;
  let lastTs = 0;
  let lastAtMs = 0;

  return {
    renumber(from, packet, nowMs) {
      if (from !== speaker) {
        speaker = from;
        if (!started) {
          seqOffset = 0;
          tsOffset = 0;
        } else {
          // Carry on one past the last number sent, and move the timestamp on by the time the slot stood silent
          // (at least one 20 ms frame), so the new voice starts "now" on the listener's clock.
          const elapsed = Math.max(20, nowMs - lastAtMs);
          const advance = Math.round((elapsed * clockRate) / 1000);
          seqOffset = mod(lastSeq + 1 - packet.sequenceNumber, SEQ_MOD);
          tsOffset = mod(lastTs + advance - packet.timestamp, TS_MOD);
        }
      }
      const sequenceNumber = mod(packet.sequenceNumber + seqOffset, SEQ_MOD);
      const timestamp = mod(packet.timestamp + tsOffset, TS_MOD);
      // A late, reordered packet goes out with its own number but does not move the line back.
      if (!started || mod(sequenceNumber - lastSeq, SEQ_MOD) < SEQ_MOD / 2) {
        started = true;
        lastSeq = sequenceNumber;
        lastTs = timestamp;
        lastAtMs = nowMs;
      }
      return { sequenceNumber, timestamp };
    },
  };
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
