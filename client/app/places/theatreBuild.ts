// How the theatre is built (loaded with it): the hall from the scene data, the stage and performers, the surtitle
// panel, and the performance's clock. Each frame the clock gives the position; poseAt gives the performers' poses,
// the surtitles their line, the percussion its beats. A seat (a viewpoint) raises the eye to its height.
import type { Pose } from "../../../common/pose";
import type { Viewpoint } from "../../../common/scene";
import { beatsBetween, poseAt } from "../../../common/theatre/choreography";
import { scheduledPositionMs } from "../../../common/theatre/performanceClock";
import { fetchPerformance, type Performance } from "../../net/theatreData";
import { tourPerformanceMs } from "../../state/performanceFollow";
import { buildSceneView } from "../../render/sceneView";
import { buildStageView, type StageView } from "../../render/theatre/stageView";
import { createPercussionSound } from "../../ui/theatre/percussionSound";
import { createSurtitlePanel, type SurtitlePanel } from "../../ui/theatre/surtitlePanel";
import type { PlaceBuild } from "../places";
import { createSharedClock } from "../sharedClock";
import { createVrTitles, type VrTitles } from "./theatreVrTitles";

/** Free visitors' performances follow one another from this instant of the server's clock (1970), so everyone,
 *  whenever they come in, finds the same moment: position = (serverNow − start) mod length. */
export const FREE_SCHEDULE_START = 0;
/** Within this distance (m) of a seat's spot the visitor is sitting there: the eye takes the seat's height. */
const SEAT_RADIUS = 0.3;
/** A step of the performance longer than this between two frames is a jump, not time passing. */
const MAX_FRAME_STEP_MS = 1000;

export interface TheatreOpen {
  performance: Performance;
  stage: StageView;
  panel: SurtitlePanel;
  /** The surtitles in VR (a card following the head, the column beside the stage). */
  vrTitles: VrTitles;
  /** Position of the performance at the last frame (ms) and the seat the visitor sits in (a viewpoint id). */
  state(): { ms: number; msAt: number; seat: string | null; source: "schedule" | "tour" };
}

let current: TheatreOpen | null = null;
export const currentTheatre = () => current;

function seatAt(seats: readonly Viewpoint[], x: number, z: number): Viewpoint | null {
  return seats.find((s) => Math.hypot(s.position.x - x, s.position.z - z) <= SEAT_RADIUS) ?? null;
}

export async function prepare({ engine, data, mode, lang, toViewpoint }: PlaceBuild) {
  const performance = await fetchPerformance();
  return () => {
    const view = buildSceneView(engine, data, mode, lang);
    const { choreography } = performance;
    const stage = buildStageView(
      view.scene,
      choreography.performers.map((p) => p.role),
    );
    const sound = createPercussionSound();
    const panel = createSurtitlePanel({
      root: document.getElementById("ui-root") ?? document.body,
      uiLang: lang,
      libretto: performance.libretto,
      surtitles: performance.surtitles,
      seats: data.viewpoints,
      onSeat: (id) => void toViewpoint?.(id),
      onSound: (on) => sound.setOn(on),
    });
    const vrTitles = createVrTitles(view.scene, panel, performance.libretto, performance.surtitles, lang);
    const schedule = { startsAt: FREE_SCHEDULE_START, lengthMs: choreography.lengthMs };
    // The server's clock for the free schedule, read from its /api/clock by a worker (no tour needed).
    const clock = createSharedClock(() => undefined);
    clock.start();
    let ms = -1;
    let msAt = 0; // the page's Date.now() when ms was read: brings several pages' readings to one moment
    let seat: Viewpoint | null = null;
    let source: "schedule" | "tour" = "schedule";
    const present = (now: number, head?: Pose | null) => {
      view.present(now);
      // A tour stop with a performance runs it on the guide's clock; otherwise the free schedule.
      const tour = tourPerformanceMs(choreography.lengthMs);
      source = tour === null ? "schedule" : "tour";
      const next = tour ?? scheduledPositionMs(schedule, clock.estimate.serverNow(Date.now()));
      // A frame that wraps past the end of one performance into the next sounds both pieces; a jump (the server's
      // clock first read, the guide seeking) sounds nothing rather than a burst of beats.
      const L = choreography.lengthMs;
      const step = next >= ms ? next - ms : source === "schedule" ? next + L - ms : Infinity;
      const beats =
        ms < 0 || step > MAX_FRAME_STEP_MS
          ? []
          : next >= ms
            ? beatsBetween(choreography, ms, next)
            : [...beatsBetween(choreography, ms, L), ...beatsBetween(choreography, -1, next)];
      ms = next;
      msAt = Date.now();
      stage.show(poseAt(choreography, ms));
      panel.update(ms, beats);
      vrTitles.frame(ms, head ?? null, now);
      sound.play(beats);
      // On the desktop the eye stands at the scene's eye height; a seat lifts or lowers it (in VR the headset rules).
      const eye = view.camera.position;
      seat = seatAt(data.viewpoints, eye.x, eye.z);
      if (seat && view.scene.activeCamera === view.camera) eye.y = seat.position.y;
    };
    const mine: TheatreOpen = {
      performance,
      stage,
      panel,
      vrTitles,
      state: () => ({ ms, msAt, seat: seat?.id ?? null, source }),
    };
    current = mine;
    view.scene.onDisposeObservable.add(() => {
      panel.dispose();
      vrTitles.dispose();
      sound.dispose();
      clock.stop();
      if (current === mine) current = null;
    });
    return { ...view, present, takeVrReading: () => vrTitles.takeReading() };
  };
}
