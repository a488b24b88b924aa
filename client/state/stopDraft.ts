// "Add this spot as a stop": a plan stop drafted from where the guide stands and faces and what they are looking at,
// with the sight's own words as a first narration for the guide to rewrite later. Pure.
import type { LocalizedText } from "../../common/sceneParts";
import type { TourStop, TourTarget } from "../../common/tour";
import { DEG } from "../../common/measures";

export interface SightNearby {
  target: TourTarget;
  title: LocalizedText;
  /** What the museum says about it (a landmark's description); the title when there is nothing more. */
  about: LocalizedText;
  x: number;
  z: number;
}

const MAX_TITLE = 120;
const MAX_NARRATION = 4000;
const DEFAULT_DURATION_S = 180;
/** A sight further than this is not what the guide means by "this spot". */
export const NEARBY_M = 60;

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const both = (t: LocalizedText, max: number): LocalizedText => ({
  en: clip(t.en.trim(), max),
  zh: clip(t.zh.trim(), max),
});

/** The sight in view if there is one, else the nearest within NEARBY_M, else null. */
export function chooseSight(
  sights: readonly SightNearby[],
  at: { x: number; z: number },
  inView: TourTarget | null,
): SightNearby | null {
  const looked = inView && sights.find((s) => s.target.kind === inView.kind && s.target.id === inView.id);
  if (looked) return looked;
  let best: SightNearby | null = null;
  let bestD = NEARBY_M;
  for (const s of sights) {
    const d = Math.hypot(s.x - at.x, s.z - at.z);
    if (d <= bestD) {
      best = s;
      bestD = d;
    }
  }
  return best;
}

/** A stop id not yet used in the plan, from the sight's id. */
export function freshStopId(base: string, taken: readonly string[]): string {
  const root = base.slice(0, 56);
  if (!taken.includes(root)) return root;
  for (let i = 2; ; i++) if (!taken.includes(`${root}-${i}`)) return `${root}-${i}`;
}

export function draftStop(o: {
  sceneId: string;
  x: number;
  z: number;
  yaw: number;
  sight: SightNearby;
  takenIds: readonly string[];
}): TourStop {
  let heading = (o.yaw / DEG) % 360;
  if (heading > 180) heading -= 360;
  if (heading < -180) heading += 360;
  return {
    id: freshStopId(o.sight.target.id, o.takenIds),
    sceneId: o.sceneId,
    place: { x: Math.round(o.x * 100) / 100, z: Math.round(o.z * 100) / 100 },
    headingDeg: Math.round(heading),
    target: o.sight.target,
    title: both(o.sight.title, MAX_TITLE),
    narration: both(o.sight.about, MAX_NARRATION),
    durationSec: DEFAULT_DURATION_S,
  };
}
