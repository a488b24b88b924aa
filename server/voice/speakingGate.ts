// Is this visitor speaking now? Read from the audio level each packet carries (RFC 6464: 0 is the loudest, 127
// silence, in −dBov), with hysteresis so the ring on an avatar does not flicker between words.

/** Louder than −45 dBov counts as voice; quieter as room noise. */
const VOICE_LEVEL = 45;
/** Voice must last this long before the ring shows … */
const ON_AFTER_MS = 60;
/** … and the ring stays this long after the last loud packet (speech has short gaps between words). */
const OFF_AFTER_MS = 500;

export interface SpeakingGate {
  readonly speaking: boolean;
  /** One packet's level; true when `speaking` changed. */
  hear(level: number, nowMs: number): boolean;
  /** The clock alone (no packets come in silence with DTX); true when `speaking` changed. */
  tick(nowMs: number): boolean;
}

export function createSpeakingGate(): SpeakingGate {
  let speaking = false;
  let loudSince: number | null = null;
  let lastLoud = -Infinity;

  function tick(nowMs: number): boolean {
    if (speaking && nowMs - lastLoud > OFF_AFTER_MS) {
      speaking = false;
      loudSince = null;
      return true;
    }
    return false;
  }

  return {
    get speaking() {
      return speaking;
    },
    hear(level, nowMs) {
      if (level <= VOICE_LEVEL) {
        if (loudSince === null || nowMs - lastLoud > OFF_AFTER_MS) loudSince = nowMs;
        lastLoud = nowMs;
        if (!speaking && nowMs - loudSince >= ON_AFTER_MS) {
          speaking = true;
          return true;
        }
        return false;
      }
      return tick(nowMs);
    },
    tick,
  };
}
