// The local visitor's pure movement: keys, turning, click-to-walk, and collisions through the walkable world.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import { buildWalkableWorld } from "../../../common/walkable";
import {
  blockedAhead,
  createPlayer,
  IDLE,
  look,
  stepPlayer,
  walkTo,
  WALK_SPEED,
  RUN_SPEED,
} from "../../../client/state/player";
import { miniScene } from "../../fixtures/miniScene";

const world = buildWalkableWorld(parseScene("mini.json", miniScene()));

function walk(p: ReturnType<typeof createPlayer>, intent: Partial<typeof IDLE>, seconds: number) {
  for (let t = 0; t < seconds; t += 1 / 60) p = stepPlayer(p, { ...IDLE, ...intent }, 1 / 60, world);
  return p;
}

describe("player", () => {
  it("W walks forward along the heading at walking speed", () => {
    const p = walk(createPlayer(15, 0, 0), { forward: 1 }, 1);
    expect(p.z).toBeCloseTo(WALK_SPEED, 1);
    expect(p.x).toBeCloseTo(15, 5);
  });
  it("heading east, W walks east; D strafes right (south)", () => {
    const east = walk(createPlayer(15, 0, Math.PI / 2), { forward: 1 }, 1);
    expect(east.x).toBeCloseTo(15 + WALK_SPEED, 1);
    const right = walk(createPlayer(15, 0, Math.PI / 2), { strafe: 1 }, 1);
    expect(right.z).toBeCloseTo(-WALK_SPEED, 1);
  });
  it("diagonal keys are not faster than straight ones", () => {
    const p = walk(createPlayer(15, 0, 0), { forward: 1, strafe: 1 }, 1);
    expect(Math.hypot(p.x - 15, p.z)).toBeCloseTo(WALK_SPEED, 1);
  });
  it("Shift hurries", () => {
    const p = walk(createPlayer(15, -50, 0), { forward: 1, run: true }, 1);
    expect(p.z + 50).toBeCloseTo(RUN_SPEED, 1);
  });
  it("cannot walk into a building however long W is held", () => {
    const p = walk(createPlayer(10, 50, -Math.PI / 2), { forward: 1, run: true }, 5);
    expect(p.x).toBeGreaterThan(0.3);
  });
  it("cannot walk into the river", () => {
    const p = walk(createPlayer(40, 0, Math.PI / 2), { forward: 1, run: true }, 10);
    expect(p.x).toBeLessThan(56);
  });
  it("click-to-walk arrives and stops; keys cancel it", () => {
    let p = walkTo(createPlayer(15, 0, 0), { x: 20, z: 4 });
    p = walk(p, {}, 5);
    expect(p.x).toBeCloseTo(20, 0);
    expect(p.z).toBeCloseTo(4, 0);
    expect(p.walkTarget).toBeNull();
    p = walkTo(p, { x: 20, z: 40 });
    p = stepPlayer(p, { ...IDLE, forward: 1 }, 1 / 60, world);
    expect(p.walkTarget).toBeNull();
  });
  it("click-to-walk into a wall gives up instead of pushing forever", () => {
    let p = walkTo(createPlayer(10, 50, 0), { x: -20, z: 50 });
    p = walk(p, {}, 10);
    expect(p.walkTarget).toBeNull();
    expect(p.x).toBeGreaterThan(0.3);
  });
  it("looking up is capped short of straight up", () => {
    const p = look(createPlayer(0, 0, 0), 0, 10);
    expect(p.pitch).toBeLessThan(Math.PI / 2);
  });

  it("says what the keys walk the visitor into: the façade it faces, the river, nothing on open ground", () => {
    // Facing west towards the Customs House (its front at x = 0), 0.5 m away; and facing the river (x > 55.4).
    const atFacade = walk(createPlayer(3, 50, -Math.PI / 2), { forward: 1 }, 3);
    expect(blockedAhead(atFacade, { ...IDLE, forward: 1 }, world)).toEqual({ kind: "solid", id: "customs-house" });
    expect(blockedAhead(atFacade, { ...IDLE, forward: -1 }, world)).toBeNull();
    expect(blockedAhead(atFacade, IDLE, world)).toBeNull();
    const atRiver = walk(createPlayer(50, 0, Math.PI / 2), { forward: 1 }, 5);
    expect(blockedAhead(atRiver, { ...IDLE, forward: 1 }, world)).toEqual({ kind: "water" });
    expect(blockedAhead(createPlayer(15, 0, 0), { ...IDLE, forward: 1 }, world)).toBeNull();
  });
});
