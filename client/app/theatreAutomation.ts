// window.bund.theatre: what the theatre shows now, for tests and benches: the surtitle cue, the performance's
// position (the choreography's ms), the surtitle language and pinyin, the open gloss, the seat and the performers.
// The theatre loads lazily, so this reads it through a dynamic import.
import type { SurtitleLang } from "../ui/theatre/surtitlePanel";
import type { VrTitleReport } from "../xr/theatreTitles";

export interface TheatreReport {
  cueId: string | null;
  ms: number;
  /** The page's Date.now() when `ms` was read (at the last frame). */
  msAt: number;
  lengthMs: number;
  lang: SurtitleLang;
  pinyin: boolean;
  gloss: string | null;
  seat: string | null;
  /** Which clock runs the performance: the free schedule, or the tour stop's shared clock. */
  source: "schedule" | "tour";
  performers: { role: string; x: number; z: number; yawDeg: number }[];
  /** The surtitles in VR (the card following the head, the column beside the stage); null outside VR. */
  vrTitle: VrTitleReport | null;
}

export interface TheatreHandle {
  /** The theatre as shown, or null when the visitor is not in it. */
  theatre(): Promise<TheatreReport | null>;
}

export const theatreAutomation: TheatreHandle = {
  async theatre() {
    const { currentTheatre } = await import("./places/theatreBuild");
    const open = currentTheatre();
    if (!open) return null;
    const { ms, msAt, seat, source } = open.state();
    return {
      ...open.panel.report(),
      ms,
      msAt,
      lengthMs: open.performance.choreography.lengthMs,
      seat,
      source,
      performers: open.stage.performers(),
      vrTitle: open.vrTitles.report(),
    };
  },
};
