// The percussion cues made audible: a short synthesised click for the clapper (板) and a low thump for the drum (鼓),
// from Web Audio. Not a recording, and not music: the theatre says so beside the surtitles.
import type { PercussionBeat } from "../../../common/theatre/choreography";

export interface PercussionSound {
  /** Plays the beats of one frame (if sound is on and the browser allows it). */
  play(beats: readonly PercussionBeat[]): void;
  setOn(on: boolean): void;
  on(): boolean;
  dispose(): void;
}

export function createPercussionSound(): PercussionSound {
  let ctx: AudioContext | null = null;
  let enabled = false;
  const hit = (kind: PercussionBeat["kind"]) => {
    if (!ctx) return;
    const t = ctx.currentTime;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    // The clapper: a bright, very short click; the drum: a lower, slightly longer knock.
    osc.type = kind === "ban" ? "square" : "triangle";
    osc.frequency.setValueAtTime(kind === "ban" ? 1800 : 220, t);
    gain.gain.setValueAtTime(kind === "ban" ? 0.18 : 0.3, t);
    gain.gain.exponentialRampToValueAtTime(0.001, t + (kind === "ban" ? 0.04 : 0.12));
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.15);
  };
  return {
    play(beats) {
      if (!enabled || beats.length === 0) return;
      for (const b of beats) hit(b.kind);
    },
    setOn(on) {
      enabled = on;
      if (on && !ctx) ctx = new AudioContext(); // called from a click, so the browser lets it start
      void ctx?.resume();
    },
    on: () => enabled,
    dispose() {
      void ctx?.close();
      ctx = null;
    },
  };
}
