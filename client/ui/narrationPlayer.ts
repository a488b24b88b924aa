// A member's narration of the current stop on the tour's shared clock: the recorded audio (kept within ~100 ms of the
// shared position) with its WebVTT captions in the member's language, or, for a stop without audio, its text as
// timed captions driven by the same clock, so the whole group reads the same line at the same time.
import { chooseNarration } from "../../common/narrationChoice";
import type { Lang } from "../../common/sceneParts";
import type { TourStop } from "../../common/tour";
import type { NarrationClock } from "../../common/tourClock";
import { narrationPositionMs } from "../../common/tourClock";
import { captionTimeline, cueIndexAt, narrationSpanMs, type Cue } from "../state/captionTimeline";
import { syncMedia } from "../state/narrationSync";

/** How often a playing medium is checked against the shared clock. */
const CHECK_MS = 250;
/** While the browser will not let it play (no gesture yet), a paused medium follows more loosely (captions only). */
const BLOCKED_TOLERANCE_MS = 400;

export interface NarrationReport {
  playing: boolean;
  positionSec: number;
  /** How long the narration runs (the audio's length, or the captions' span). */
  lengthSec: number;
  caption: string;
  /** Which line of the narration is showing (-1: none), the same for everyone reading the same language. */
  captionIndex: number;
  /** Audio refused to start until the visitor presses something (browser autoplay rules). */
  blocked: boolean;
}

export interface NarrationPlayer {
  /** Once a frame: the stop, the shared narration state and the server's clock now. */
  update(stop: TourStop | null, clock: NarrationClock | null, serverNow: number, lang: Lang): void;
  report(): NarrationReport;
  /** Where the narration is at `serverNow` (seconds): the audio's own position while it plays, else the shared
   *  clock's, read at that moment rather than at the last frame. */
  positionAt(serverNow: number): number;
  /** Called from a click: lets the audio play from now on. */
  unlock(): void;
  stop(): void;
}

const assetUrl = (path: string) => `/assets/${path}`;

export function createNarrationPlayer(host: HTMLElement): NarrationPlayer {
  let key = ""; // stop id + language: what is loaded
  let cues: Cue[] = [];
  let lengthMs = 0;
  let audio: HTMLAudioElement | null = null;
  let track: HTMLTrackElement | null = null;
  let blocked = false;
  let lastCheck = -Infinity;
  let lastClock: NarrationClock | null = null;
  let report: NarrationReport = {
    playing: false,
    positionSec: 0,
    lengthSec: 0,
    caption: "",
    captionIndex: -1,
    blocked: false,
  };

  const dropAudio = () => {
    audio?.pause();
    audio?.remove();
    audio = null;
    track = null;
  };

  const load = (stop: TourStop, lang: Lang) => {
    dropAudio();
    lengthMs = narrationSpanMs(stop.narration, stop.durationSec);
    cues = captionTimeline(stop.narration[lang], lang, lengthMs);
    // The one rule (common/narrationChoice.ts): the member's own language where recorded, captions timed to it.
    const chosen = chooseNarration(stop.media, lang);
    if (!chosen) return;
    audio = document.createElement("audio");
    audio.preload = "auto";
    audio.src = assetUrl(chosen.audio);
    track = document.createElement("track");
    track.kind = "captions";
    track.srclang = chosen.lang === "zh" ? "zh-Hans" : "en";
    track.src = assetUrl(chosen.captions);
    track.default = true;
    audio.append(track);
    host.append(audio);
    track.track.mode = "hidden"; // cues without the browser drawing them: the tour panel shows them
  };

  const syncAudio = (a: HTMLAudioElement, playing: boolean, positionMs: number) => {
    const duration = Number.isFinite(a.duration) ? a.duration : null;
    const want = syncMedia(
      { currentSec: a.currentTime, paused: a.paused, durationSec: duration },
      { playing: playing && !blocked, positionMs },
      blocked ? BLOCKED_TOLERANCE_MS : undefined,
    );
    if (want.seekTo !== null && a.readyState >= 1) a.currentTime = want.seekTo;
    if (want.run === "pause") a.pause();
    if (want.run === "play") {
      a.play().catch(() => {
        // Autoplay refused: captions keep following the clock until the visitor presses Listen.
        blocked = true;
      });
    }
  };

  return {
    update(stop, clock, serverNow, lang) {
      if (!stop || !clock) {
        if (key) this.stop();
        return;
      }
      const k = `${stop.id}|${lang}`;
      if (k !== key) {
        key = k;
        load(stop, lang);
        lastCheck = -Infinity;
      }
      lastClock = clock;
      const positionMs = narrationPositionMs(clock, serverNow);
      const now = performance.now();
      if (audio && now - lastCheck >= CHECK_MS) {
        lastCheck = now;
        syncAudio(audio, clock.playing, positionMs);
      }
      let caption: string;
      let captionIndex: number;
      if (audio && track) {
        const cue = track.track.activeCues?.[0] as (TextTrackCue & { text?: string }) | undefined;
        caption = cue?.text ?? "";
        captionIndex = cue ? [...(track.track.cues ?? [])].indexOf(cue) : -1;
      } else {
        captionIndex = clock.playing || positionMs > 0 ? cueIndexAt(cues, positionMs) : -1;
        caption = captionIndex >= 0 ? cues[captionIndex].text : "";
      }
      const audioLength = audio && Number.isFinite(audio.duration) ? audio.duration : null;
      const playingAudio = audio && !audio.paused && !blocked;
      report = {
        playing: clock.playing && positionMs < (audioLength !== null ? audioLength * 1000 : lengthMs),
        // What the member hears, where something plays; else the shared clock itself.
        positionSec: playingAudio ? audio!.currentTime : positionMs / 1000,
        lengthSec: audioLength ?? lengthMs / 1000,
        caption,
        captionIndex,
        blocked: blocked && !!audio,
      };
    },
    report: () => report,
    positionAt(serverNow) {
      if (audio && !audio.paused && !blocked) return audio.currentTime;
      if (!lastClock) return 0;
      return Math.min(narrationPositionMs(lastClock, serverNow), report.lengthSec * 1000) / 1000;
    },
    unlock() {
      // Inside the visitor's click: the browser lets this play() through; the next update seeks it into place.
      blocked = false;
      lastCheck = -Infinity;
      audio?.play().catch(() => (blocked = true));
    },
    stop() {
      dropAudio();
      key = "";
      lastClock = null;
      cues = [];
      report = { playing: false, positionSec: 0, lengthSec: 0, caption: "", captionIndex: -1, blocked: false };
    },
  };
}
