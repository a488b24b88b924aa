// Spoken narration with Debian's espeak-ng and oggenc: one cue at a time, so caption times come from real durations.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Lang } from "../../common/sceneParts";
import { CUE_GAP } from "./captions";

/** Voices and speeds; changing them changes every narration's hash, so all audio is made again. */
export const VOICES: Record<Lang, { voice: string; wordsPerMinute: number }> = {
  en: { voice: "en-gb", wordsPerMinute: 165 },
  // espeak-ng's Mandarin at 150 speaks barely two characters a second; 230 comes near a narrator's four.
  zh: { voice: "cmn", wordsPerMinute: 230 },
};

export function speechTools(): boolean {
  const ok = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
  return ok("espeak-ng", ["--version"]) && ok("oggenc", ["--version"]);
}

interface Pcm {
  rate: number;
  samples: Buffer;
}

/** The 16-bit mono samples of a WAV file as espeak-ng writes it. */
function readWav(wav: Buffer): Pcm {
  let rate = 22050;
  for (let at = 12; at + 8 <= wav.length;) {
    const id = wav.toString("ascii", at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === "fmt ") rate = wav.readUInt32LE(at + 12);
    // espeak-ng streams to stdout and cannot seek back to fill in the data size, so trust the rest of the buffer.
    if (id === "data")
      return { rate, samples: wav.subarray(at + 8, size > 0 && size < 0xffffff00 ? at + 8 + size : wav.length) };
    at += 8 + size;
  }
  throw new Error("espeak-ng wrote no audio data");
}

function wavOf(rate: number, samples: Buffer): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + samples.length, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

/**
 * Speaks the cues into one Ogg Vorbis file (mono, 11 kHz, lowest quality: a synthetic voice stays clear and small) and returns
 * each cue's duration in seconds. A fixed stream serial keeps the file the same from run to run.
 */
export function speak(cues: readonly string[], lang: Lang, outFile: string): number[] {
  const { voice, wordsPerMinute } = VOICES[lang];
  const parts: Buffer[] = [];
  const durations: number[] = [];
  let rate = 0;
  for (const cue of cues) {
    const run = spawnSync("espeak-ng", ["-v", voice, "-s", String(wordsPerMinute), "--stdout", cue], {
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`espeak-ng failed: ${run.stderr.toString()}`);
    const pcm = readWav(run.stdout);
    rate = pcm.rate;
    durations.push(Math.round((pcm.samples.length / 2 / pcm.rate) * 1000) / 1000);
    parts.push(pcm.samples, Buffer.alloc(Math.round(CUE_GAP * pcm.rate) * 2));
  }
  const dir = mkdtempSync(path.join(tmpdir(), "narration-"));
  try {
    const wav = path.join(dir, "narration.wav");
    writeFileSync(wav, wavOf(rate, Buffer.concat(parts.slice(0, -1))));
    const enc = spawnSync("oggenc", [
      "-Q",
      "-q",
      "-1",
      "--resample",
      "11025",
      "--serial",
      "20240501",
      "-o",
      outFile,
      wav,
    ]);
    if (enc.status !== 0) throw new Error(`oggenc failed: ${enc.stderr.toString()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return durations;
}
