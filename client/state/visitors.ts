// The other visitors as the client knows them: who they are, and a short buffer of poses per visitor so they
// are drawn ~100 ms in the past, gliding between received states instead of jumping. Pure, clock passed in.
// Poses are kept as they travel (on the grid of the visitor's scene) and decoded with that scene's grid when drawn:
// a pose received while this client stood in another scene is still placed right once it arrives there.
import {
  dequantizePose,
  type HandPose,
  type Pose,
  type PoseGrid,
  type QuantizedPose,
  type Quat,
} from "../../common/pose";

export interface VisitorInfo {
  id: string;
  name: string;
  color: string;
  role: "visitor" | "guide";
  sceneId: string;
  mode: "desktop" | "xr";
  /** False while their connection is down and may come back. */
  connected: boolean;
}

export interface SampledVisitor extends VisitorInfo {
  pose: Pose;
  /** Their voice is heard right now (the ring over the avatar). */
  speaking: boolean;
}

interface Sample {
  t: number;
  wire: QuantizedPose;
  /** The last decoding, kept while the grid it used is the scene's grid (every frame asks again). */
  decoded?: { grid: PoseGrid; pose: Pose };
}

interface Entry {
  info: VisitorInfo;
  samples: Sample[];
}

export const INTERPOLATION_DELAY_MS = 100;
const MAX_SAMPLES = 16;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
function lerpAngle(a: number, b: number, t: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d < -Math.PI) d += 2 * Math.PI;
  return a + d * t;
}
function nlerpQuat(a: Quat, b: Quat, t: number): Quat {
  const sign = a.x * b.x + a.y * b.y + a.z * b.z + a.w * b.w < 0 ? -1 : 1; // the short way round
  const q = {
    x: lerp(a.x, b.x * sign, t),
    y: lerp(a.y, b.y * sign, t),
    z: lerp(a.z, b.z * sign, t),
    w: lerp(a.w, b.w * sign, t),
  };
  const len = Math.hypot(q.x, q.y, q.z, q.w) || 1;
  return { x: q.x / len, y: q.y / len, z: q.z / len, w: q.w / len };
}
const lerpHand = (a: HandPose, b: HandPose, t: number): HandPose => ({
  position: {
    x: lerp(a.position.x, b.position.x, t),
    y: lerp(a.position.y, b.position.y, t),
    z: lerp(a.position.z, b.position.z, t),
  },
  rotation: nlerpQuat(a.rotation, b.rotation, t),
});

export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const pose: Pose = {
    x: lerp(a.x, b.x, t),
    y: lerp(a.y, b.y, t),
    z: lerp(a.z, b.z, t),
    yaw: lerpAngle(a.yaw, b.yaw, t),
    pitch: lerp(a.pitch, b.pitch, t),
  };
  if (a.hands && b.hands)
    pose.hands = { left: lerpHand(a.hands.left, b.hands.left, t), right: lerpHand(a.hands.right, b.hands.right, t) };
  else if (b.hands) pose.hands = b.hands;
  return pose;
}

export interface VisitorStore {
  upsert(info: VisitorInfo): void;
  /** A pose as received at time t (ms, the client's clock), on the grid of the visitor's scene. */
  pushPose(id: string, pose: QuantizedPose, t: number): void;
  /** The grid poses in a scene travel on (from its bounds): a scene's visitors are drawn once its grid is known. */
  knowGrid(sceneId: string, grid: PoseGrid): void;
  remove(id: string): void;
  /** Whose voice is heard right now (from the room state's voices, as it changes). */
  setSpeaking(id: string, on: boolean): void;
  isSpeaking(id: string): boolean;
  /** Everyone in a scene whose grid is known, each at their pose INTERPOLATION_DELAY_MS before `now`. */
  sample(now: number, sceneId: string): SampledVisitor[];
  list(): VisitorInfo[];
  clear(): void;
}

export function createVisitorStore(delayMs = INTERPOLATION_DELAY_MS): VisitorStore {
  const entries = new Map<string, Entry>();
  const grids = new Map<string, PoseGrid>();
  const speaking = new Set<string>();
  const decode = (s: Sample, grid: PoseGrid): Pose => {
    if (s.decoded?.grid !== grid) s.decoded = { grid, pose: dequantizePose(s.wire, grid) };
    return s.decoded.pose;
  };
  const poseAt = (samples: Sample[], t: number, grid: PoseGrid): Pose => {
    if (t <= samples[0].t) return decode(samples[0], grid);
    for (let i = samples.length - 1; i >= 0; i--) {
      if (samples[i].t <= t) {
        const next = samples[i + 1];
        if (!next) return decode(samples[i], grid); // no newer state yet: hold, never guess ahead
        return interpolatePose(
          decode(samples[i], grid),
          decode(next, grid),
          (t - samples[i].t) / (next.t - samples[i].t),
        );
      }
    }
    return decode(samples[0], grid);
  };
  return {
    upsert(info) {
      const e = entries.get(info.id);
      if (!e) entries.set(info.id, { info, samples: [] });
      else {
        // Poses from another scene are on another grid: never glide from there to here.
        if (e.info.sceneId !== info.sceneId) e.samples = [];
        e.info = info;
      }
    },
    pushPose(id, pose, t) {
      const e = entries.get(id);
      if (!e) return;
      const last = e.samples[e.samples.length - 1];
      if (last && t <= last.t) t = last.t + 1;
      e.samples.push({ t, wire: pose });
      if (e.samples.length > MAX_SAMPLES) e.samples.shift();
    },
    knowGrid(sceneId, grid) {
      grids.set(sceneId, grid);
    },
    remove(id) {
      entries.delete(id);
      speaking.delete(id);
    },
    isSpeaking: (id) => speaking.has(id),
    setSpeaking(id, on) {
      if (on) speaking.add(id);
      else speaking.delete(id);
    },
    sample(now, sceneId) {
      const out: SampledVisitor[] = [];
      const grid = grids.get(sceneId);
      if (!grid) return out; // nowhere to put them yet
      for (const e of entries.values()) {
        if (e.info.sceneId !== sceneId || e.samples.length === 0) continue;
        out.push({ ...e.info, pose: poseAt(e.samples, now - delayMs, grid), speaking: speaking.has(e.info.id) });
      }
      return out;
    },
    list: () => [...entries.values()].map((e) => e.info),
    clear: () => {
      entries.clear();
      speaking.clear();
    },
  };
}
