import { describe, expect, it } from "vitest";
import {
  followHead,
  seenFrom,
  titlePosition,
  TITLE_FOLLOW,
  yawDelta,
  type TitleFollow,
} from "../../../client/state/titleFollow";

const DEG = Math.PI / 180;

/** Runs the follow for `seconds` at `fps` with the head held at `headYaw`. */
function run(start: TitleFollow, headYaw: number, seconds: number, fps: number): TitleFollow {
  let s = start;
  for (let t = 0; t < seconds; t += 1 / fps) s = followHead(s, headYaw, 1 / fps);
  return s;
}

describe("the VR surtitles' follow", () => {
  it("starts straight ahead of the head", () => {
    expect(followHead(null, 1.2, 0.016)).toEqual({ yaw: 1.2, following: false });
  });

  it("stays put while the head looks about within the dead zone", () => {
    const s = run({ yaw: 0, following: false }, (TITLE_FOLLOW.deadZoneDeg - 1) * DEG, 3, 60);
    expect(s).toEqual({ yaw: 0, following: false });
  });

  it("after a 90° turn comes back in view within a second and settles within 2°", () => {
    const turned = 90 * DEG;
    const half = run({ yaw: 0, following: false }, turned, 0.3, 60);
    expect(half.yaw, "moving, not jumping").toBeGreaterThan(0);
    expect(half.yaw).toBeLessThan(turned - 10 * DEG);
    const s = run(half, turned, 0.7, 60);
    expect(Math.abs(yawDelta(s.yaw, turned)) / DEG).toBeLessThan(TITLE_FOLLOW.settleDeg + 0.01);
    expect(s.following).toBe(false);
  });

  it("reaches the same place at 5 frames a second as at 90 (time, not frames, moves it)", () => {
    const slow = run({ yaw: 0, following: false }, -90 * DEG, 1.2, 5);
    const fast = run({ yaw: 0, following: false }, -90 * DEG, 1.2, 90);
    expect(Math.abs(yawDelta(slow.yaw, -90 * DEG)) / DEG).toBeLessThan(3);
    expect(Math.abs(yawDelta(fast.yaw, -90 * DEG)) / DEG).toBeLessThan(3);
  });

  it("turns the short way across ±180°", () => {
    const s = followHead({ yaw: 170 * DEG, following: true }, -170 * DEG, 0.1);
    expect(yawDelta(170 * DEG, s.yaw)).toBeGreaterThan(0);
  });

  it("hangs the panel at its distance, below the horizon, straight ahead of its heading", () => {
    const head = { x: 1, y: 1.6, z: -2, yaw: 90 * DEG };
    const p = titlePosition(head, head.yaw);
    expect(Math.hypot(p.x - head.x, p.y - head.y, p.z - head.z)).toBeCloseTo(TITLE_FOLLOW.distance, 6);
    const seen = seenFrom(head, p);
    expect(seen.yawDeg).toBeCloseTo(0, 6);
    expect(seen.pitchDeg).toBeCloseTo(-TITLE_FOLLOW.belowDeg, 6);
    expect(seenFrom({ ...head, yaw: 0 }, p).yawDeg).toBeCloseTo(90, 6);
  });
});
