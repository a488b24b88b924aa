// The guide's test signal: five tone bursts a loop of five seconds, each of its own pitch and length, over a quiet
// hiss. The length tells the bursts apart in the recorded Opus (by the audio levels of its frames, without decoding);
// the pitch tells them apart at the browser's analyser. So a burst heard late is still matched to the burst sent,
// even when Chromium's jitter buffer holds audio for longer than the second between two bursts.
import { writeFileSync } from "node:fs";

const RATE = 48_000;
export const BURST_PERIOD_MS = 1000;
export const BURSTS = [0, 1, 2, 3, 4].map((k) => ({ hz: 400 + 200 * k, ms: 100 + 60 * k }));
/** Quiet hiss between bursts (about −51 dBFS): every 20 ms then carries a full Opus frame, as while a guide talks. */
const HISS = 0.005;

/** 16-bit mono PCM, 48 kHz, one loop of the five bursts (5 ms ramps); Chromium's fake microphone loops the file. */
export function writeBurstWav(file: string): string {
  const period = (RATE * BURST_PERIOD_MS) / 1000;
  const samples = period * BURSTS.length;
  const data = Buffer.alloc(samples * 2);
  const ramp = RATE * 0.005;
  // A fixed pseudo-random hiss (a linear congruential generator): the same file every run.
  let seed = 12345;
  for (let i = 0; i < samples; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    let v = HISS * (seed / 2 ** 32 - 0.5) * 2;
    const k = Math.floor(i / period);
    const t = i - k * period;
    const { hz, ms } = BURSTS[k]!;
    const length = (RATE * ms) / 1000;
    if (t < length) v += 0.5 * Math.min(1, t / ramp, (length - t) / ramp) * Math.sin((2 * Math.PI * hz * t) / RATE);
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}

/** Which burst lasted about `ms` (counted in 20 ms frames, so ±30 ms), or null. */
export function burstOfLength(ms: number): number | null {
  const k = BURSTS.findIndex((b) => Math.abs(b.ms - ms) <= 30);
  return k < 0 ? null : k;
}

/** Which burst has the pitch nearest `hz` (within 100 Hz), or null. */
export function burstOfPitch(hz: number): number | null {
  const k = BURSTS.findIndex((b) => Math.abs(b.hz - hz) < 100);
  return k < 0 ? null : k;
}
