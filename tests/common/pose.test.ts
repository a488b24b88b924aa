// Pose quantisation: what goes on the wire comes back within a known error, on any scene's grid.
import { describe, expect, it } from "vitest";
import {
  dequantizePose,
  packQuat,
  poseGrid,
  poseMessageOf,
  quantizePose,
  unpackQuat,
  type Quat,
} from "../../common/pose";
import { PoseMessageSchema } from "../../common/messages";

const bund = poseGrid({ minX: -200, maxX: 470, minZ: -330, maxZ: 1330 });
const hall = poseGrid({ minX: -20, maxX: 20, minZ: -15, maxZ: 15 });

describe("pose quantisation", () => {
  it("the Bund's grid fits its whole length in int16 at a few centimetres", () => {
    expect(bund.step).toBeLessThan(0.03);
    const p = quantizePose({ x: 469.9, y: 1.6, z: 1329.9, yaw: 0, pitch: 0 }, bund);
    expect(p.x).toBeLessThanOrEqual(32767);
    expect(p.z).toBeLessThanOrEqual(32767);
  });
  it("a gallery's grid is finer", () => {
    expect(hall.step).toBeLessThan(0.001);
  });
  it("round-trips position, height and angles within their steps", () => {
    for (let i = 0; i < 200; i++) {
      const pose = {
        x: -200 + Math.random() * 670,
        y: 0.5 + Math.random() * 1.5,
        z: -330 + Math.random() * 1660,
        yaw: (Math.random() * 2 - 1) * Math.PI,
        pitch: (Math.random() - 0.5) * 2.8,
      };
      const back = dequantizePose(quantizePose(pose, bund), bund);
      expect(Math.abs(back.x - pose.x)).toBeLessThanOrEqual(bund.step / 2 + 1e-9);
      expect(Math.abs(back.z - pose.z)).toBeLessThanOrEqual(bund.step / 2 + 1e-9);
      expect(Math.abs(back.y - pose.y)).toBeLessThanOrEqual(0.0005 + 1e-9);
      const dyaw = Math.abs(((back.yaw - pose.yaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
      expect(dyaw).toBeLessThan(1e-4);
      expect(Math.abs(back.pitch - pose.pitch)).toBeLessThan(1e-4);
    }
  });
  it("clamps instead of wrapping far outside the grid", () => {
    const back = dequantizePose(quantizePose({ x: 1e6, y: 99, z: -1e6, yaw: 0, pitch: 9 }, hall), hall);
    expect(back.x).toBeGreaterThan(15);
    expect(back.z).toBeLessThan(-15);
    expect(back.y).toBeCloseTo(32.767, 3);
    expect(back.pitch).toBeCloseTo(Math.PI / 2, 3);
  });
  it("packs a quaternion in 32 bits within about a tenth of a degree", () => {
    for (let i = 0; i < 500; i++) {
      const raw = [Math.random() - 0.5, Math.random() - 0.5, Math.random() - 0.5, Math.random() - 0.5];
      const len = Math.hypot(...raw);
      const q: Quat = { x: raw[0] / len, y: raw[1] / len, z: raw[2] / len, w: raw[3] / len };
      const packed = packQuat(q);
      expect(packed).toBeGreaterThanOrEqual(0);
      expect(packed).toBeLessThanOrEqual(0xffffffff);
      const r = unpackQuat(packed);
      const dot = Math.abs(q.x * r.x + q.y * r.y + q.z * r.z + q.w * r.w);
      const angleDeg = (2 * Math.acos(Math.min(1, dot)) * 180) / Math.PI;
      expect(angleDeg).toBeLessThan(0.25);
    }
  });
  it("hands travel relative to the head in millimetres", () => {
    const pose = {
      x: 10,
      y: 1.5,
      z: 20,
      yaw: 1,
      pitch: 0,
      hands: {
        left: { position: { x: -0.3, y: -0.4, z: 0.25 }, rotation: { x: 0, y: 0, z: 0, w: 1 } },
        right: { position: { x: 0.31, y: -0.35, z: 0.2 }, rotation: { x: 0, y: 0.7071, z: 0, w: 0.7071 } },
      },
    };
    const back = dequantizePose(quantizePose(pose, bund), bund);
    expect(back.hands!.left.position.x).toBeCloseTo(-0.3, 3);
    expect(back.hands!.right.rotation.y).toBeCloseTo(0.7071, 2);
  });
  it("the message a client sends is exactly what the server's schema accepts", () => {
    const desk = poseMessageOf(quantizePose({ x: 1, y: 1.6, z: 2, yaw: 3, pitch: -0.2 }, bund));
    expect(desk).toHaveLength(5);
    expect(PoseMessageSchema.safeParse(desk).success).toBe(true);
    const vr = poseMessageOf(
      quantizePose(
        {
          x: 1,
          y: 1.6,
          z: 2,
          yaw: 3,
          pitch: 0,
          hands: {
            left: { position: { x: 0, y: 0, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } },
            right: { position: { x: 0, y: 0, z: 0 }, rotation: { x: 1, y: 0, z: 0, w: 0 } },
          },
        },
        bund,
      ),
    );
    expect(vr).toHaveLength(13);
    expect(PoseMessageSchema.safeParse(vr).success).toBe(true);
  });
});
