// Pose quantisation both ends agree on: positions as int16 fixed point scaled to the scene, angles as 16-bit turns,
// hand orientations as "smallest three" quaternions in 32 bits. Pure math, no zod.
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export interface Quat {
  x: number;
  y: number;
  z: number;
  w: number;
}

export interface HandPose {
  /** Relative to the head position, metres. */
  position: Vec3;
  rotation: Quat;
}

/** A visitor's pose in metres and radians: head position and heading, and in VR both hands. */
export interface Pose {
  x: number;
  y: number;
  z: number;
  /** Heading, radians: 0 looks north (+z), π/2 east (+x). */
  yaw: number;
  /** Radians, positive looks up. */
  pitch: number;
  hands?: { left: HandPose; right: HandPose };
}

/** The int16 grid of a scene: the scene's centre and the metres per step that make its bounds fit in ±32000. */
export interface PoseGrid {
  cx: number;
  cz: number;
  step: number;
}

const INT16_SPAN = 32000;

export function poseGrid(bounds: { minX: number; maxX: number; minZ: number; maxZ: number }): PoseGrid {
  const half = Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ) / 2;
  return {
    cx: (bounds.minX + bounds.maxX) / 2,
    cz: (bounds.minZ + bounds.maxZ) / 2,
    step: Math.max(half / INT16_SPAN, 0.0005),
  };
}

const clampInt = (v: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(v)));

export const quantizeCoord = (v: number, centre: number, grid: PoseGrid) =>
  clampInt((v - centre) / grid.step, -32768, 32767);
export const dequantizeCoord = (q: number, centre: number, grid: PoseGrid) => centre + q * grid.step;

/** Millimetres in an int16: heights and hand offsets (±32 m). */
export const quantizeMm = (v: number) => clampInt(v * 1000, -32768, 32767);
export const dequantizeMm = (q: number) => q / 1000;

const TAU = Math.PI * 2;
/** An angle as a fraction of a turn in a uint16 (0.0055° steps). */
export const quantizeAngle = (a: number) => ((Math.round((a / TAU) * 65536) % 65536) + 65536) % 65536;
export const dequantizeAngle = (q: number) => {
  const a = (q / 65536) * TAU;
  return a > Math.PI ? a - TAU : a;
};
/** Pitch in an int16, ±π/2 mapped to ±32767. */
export const quantizePitch = (p: number) => clampInt((p / (Math.PI / 2)) * 32767, -32767, 32767);
export const dequantizePitch = (q: number) => (q / 32767) * (Math.PI / 2);

const SMALLEST_THREE_MAX = Math.SQRT1_2;
const TEN_BITS = 1023;

/**
 * A unit quaternion in 32 bits: 2 bits name the largest component (dropped, recovered from unit length),
 * 10 bits each for the other three in ±1/√2. Precision about 0.1°.
 */
export function packQuat(q: Quat): number {
  const c = [q.x, q.y, q.z, q.w];
  const len = Math.hypot(c[0], c[1], c[2], c[3]) || 1;
  let largest = 0;
  for (let i = 1; i < 4; i++) if (Math.abs(c[i]) > Math.abs(c[largest])) largest = i;
  const sign = c[largest] < 0 ? -1 : 1;
  let packed = largest;
  let shift = 2;
  for (let i = 0; i < 4; i++) {
    if (i === largest) continue;
    const v = (c[i] / len) * sign;
    const u = clampInt(((v / SMALLEST_THREE_MAX + 1) / 2) * TEN_BITS, 0, TEN_BITS);
    packed += u * 2 ** shift;
    shift += 10;
  }
  return packed >>> 0;
}

export function unpackQuat(packed: number): Quat {
  const largest = packed & 3;
  const c = [0, 0, 0, 0];
  let rest = Math.floor(packed / 4);
  let sum = 0;
  for (let i = 0; i < 4; i++) {
    if (i === largest) continue;
    const u = rest % 1024;
    rest = Math.floor(rest / 1024);
    c[i] = ((u / TEN_BITS) * 2 - 1) * SMALLEST_THREE_MAX;
    sum += c[i] * c[i];
  }
  c[largest] = Math.sqrt(Math.max(0, 1 - sum));
  return { x: c[0], y: c[1], z: c[2], w: c[3] };
}

/** The pose as it travels: every field an integer of a fixed width. */
export interface QuantizedPose {
  x: number; // int16
  y: number; // int16 (mm)
  z: number; // int16
  yaw: number; // uint16
  pitch: number; // int16
  /** 0 when the visitor has no tracked hands (desktop). */
  hands: number; // uint8: 1 when the fields below mean something
  lx: number; // int16 mm, left hand relative to the head
  ly: number;
  lz: number;
  lq: number; // uint32 packed quaternion
  rx: number;
  ry: number;
  rz: number;
  rq: number;
}

export function quantizePose(p: Pose, grid: PoseGrid): QuantizedPose {
  const h = p.hands;
  return {
    x: quantizeCoord(p.x, grid.cx, grid),
    y: quantizeMm(p.y),
    z: quantizeCoord(p.z, grid.cz, grid),
    yaw: quantizeAngle(p.yaw),
    pitch: quantizePitch(p.pitch),
    hands: h ? 1 : 0,
    lx: h ? quantizeMm(h.left.position.x) : 0,
    ly: h ? quantizeMm(h.left.position.y) : 0,
    lz: h ? quantizeMm(h.left.position.z) : 0,
    lq: h ? packQuat(h.left.rotation) : 0,
    rx: h ? quantizeMm(h.right.position.x) : 0,
    ry: h ? quantizeMm(h.right.position.y) : 0,
    rz: h ? quantizeMm(h.right.position.z) : 0,
    rq: h ? packQuat(h.right.rotation) : 0,
  };
}

export function dequantizePose(q: QuantizedPose, grid: PoseGrid): Pose {
  const pose: Pose = {
    x: dequantizeCoord(q.x, grid.cx, grid),
    y: dequantizeMm(q.y),
    z: dequantizeCoord(q.z, grid.cz, grid),
    yaw: dequantizeAngle(q.yaw),
    pitch: dequantizePitch(q.pitch),
  };
  if (q.hands) {
    pose.hands = {
      left: {
        position: { x: dequantizeMm(q.lx), y: dequantizeMm(q.ly), z: dequantizeMm(q.lz) },
        rotation: unpackQuat(q.lq),
      },
      right: {
        position: { x: dequantizeMm(q.rx), y: dequantizeMm(q.ry), z: dequantizeMm(q.rz) },
        rotation: unpackQuat(q.rq),
      },
    };
  }
  return pose;
}

/** The numbers a client sends for a pose: [x, y, z, yaw, pitch] and, with hands, the eight hand fields after them. */
export function poseMessageOf(q: QuantizedPose): number[] {
  return q.hands
    ? [q.x, q.y, q.z, q.yaw, q.pitch, q.lx, q.ly, q.lz, q.lq, q.rx, q.ry, q.rz, q.rq]
    : [q.x, q.y, q.z, q.yaw, q.pitch];
}
