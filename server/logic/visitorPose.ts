// What the server accepts as a pose: the client's quantised numbers, clamped to the scene and to a human body.
import type { PoseMessage } from "../../common/messages";
import { dequantizeCoord, quantizeCoord, type PoseGrid, type QuantizedPose } from "../../common/pose";
import type { Bounds } from "../../common/scene";

const MAX_HEAD_MM = 3000; // standing on a bench in VR, with room to spare
const MAX_HAND_REACH_MM = 1500;

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(max, v));

/** A validated pose message made safe: inside the scene's bounds, head above the ground, hands within reach. */
export function acceptPose(msg: PoseMessage, bounds: Bounds, grid: PoseGrid): QuantizedPose {
  const [x, y, z, yaw, pitch] = msg;
  const inX = clamp(dequantizeCoord(x, grid.cx, grid), bounds.minX, bounds.maxX);
  const inZ = clamp(dequantizeCoord(z, grid.cz, grid), bounds.minZ, bounds.maxZ);
  const pose: QuantizedPose = {
    x: quantizeCoord(inX, grid.cx, grid),
    y: clamp(y, 0, MAX_HEAD_MM),
    z: quantizeCoord(inZ, grid.cz, grid),
    yaw,
    pitch: clamp(pitch, -32767, 32767),
    hands: 0,
    lx: 0,
    ly: 0,
    lz: 0,
    lq: 0,
    rx: 0,
    ry: 0,
    rz: 0,
    rq: 0,
  };
  if (msg.length === 13) {
    const reach = (v: number) => clamp(v, -MAX_HAND_REACH_MM, MAX_HAND_REACH_MM);
    pose.hands = 1;
    pose.lx = reach(msg[5]);
    pose.ly = reach(msg[6]);
    pose.lz = reach(msg[7]);
    pose.lq = msg[8];
    pose.rx = reach(msg[9]);
    pose.ry = reach(msg[10]);
    pose.rz = reach(msg[11]);
    pose.rq = msg[12];
  }
  return pose;
}
