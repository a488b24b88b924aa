// The other visitors as the client knows them: who they are, and a short buffer of poses per visitor so they
// are drawn ~100 ms in the past, gliding between received states instead of jumping. Pure, clock passed in.
import type { HandPose, Pose, Quat } from "../../common/pose";

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
}

interface Entry {
  info: VisitorInfo;
  samples: { t: number; pose: Pose }[];
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
  const q = { x: lerp(a.x, b.x * sign, t), y: lerp(a.y, b.y * sign, t), z: lerp(a.z, b.z * sign, t), w: lerp(a.w, b.w * sign, t) };
  const len = Math.hypot(q.x, q.y, q.z, q.w) || 1;
  return { x: q.x / len, y: q.y / len, z: q.z / len, w: q.w / len };
}
const lerpHand = (a: HandPose, b: HandPose, t: number): HandPose => ({
  position: { x: lerp(a.position.x, b.position.x, t), y: lerp(a.position.y, b.position.y, t), z: lerp(a.position.z, b.position.z, t) },
  rotation: nlerpQuat(a.rotation, b.rotation, t),
});

export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const pose: Pose = { x: lerp(a.x, b.x, t), y: lerp(a.y, b.y, t), z: lerp(a.z, b.z, t), yaw: lerpAngle(a.yaw, b.yaw, t), pitch: lerp(a.pitch, b.pitch, t) };
  if (a.hands && b.hands) pose.hands = { left: lerpHand(a.hands.left, b.hands.left, t), right: lerpHand(a.hands.right, b.hands.right, t) };
  else if (b.hands) pose.hands = b.hands;
  return pose;
}

export interface VisitorStore {
  upsert(info: VisitorInfo): void;
  /** A pose received at time t (ms, the client's clock). */
  pushPose(id: string, pose: Pose, t: number): void;
  remove(id: string): void;
  /** Everyone in a scene, each at their pose INTERPOLATION_DELAY_MS before `now`. */
  sample(now: number, sceneId: string): SampledVisitor[];
  list(): VisitorInfo[];
  clear(): void;
}

export function createVisitorStore(delayMs = INTERPOLATION_DELAY_MS): VisitorStore {
  const entries = new Map<string, Entry>();
  const poseAt = (samples: Entry["samples"], t: number): Pose => {
    if (t <= samples[0].t) return samples[0].pose;
    for (let i = samples.length - 1; i >= 0; i--) {
      if (samples[i].t <= t) {
        const next = samples[i + 1];
        if (!next) return samples[i].pose; // no newer state yet: hold, never guess ahead
        return interpolatePose(samples[i].pose, next.pose, (t - samples[i].t) / (next.t - samples[i].t));
      }
    }
    return samples[0].pose;
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
      e.samples.push({ t, pose });
      if (e.samples.length > MAX_SAMPLES) e.samples.shift();
    },
    remove(id) {
      entries.delete(id);
    },
    sample(now, sceneId) {
      const out: SampledVisitor[] = [];
      for (const e of entries.values()) {
        if (e.info.sceneId !== sceneId || e.samples.length === 0) continue;
        out.push({ ...e.info, pose: poseAt(e.samples, now - delayMs) });
      }
      return out;
    },
    list: () => [...entries.values()].map((e) => e.info),
    clear: () => entries.clear(),
  };
}
