// Where a visitor stands on arrival: at the scene's own eye height (the scene file's eyeHeight), not a literal.
import { describe, expect, it } from "vitest";
import { dequantizeMm } from "../../../common/pose";
import { parseScene } from "../../../common/scene";
import { roomScenes } from "../../../server/rooms/roomSetup";
import { Visitor } from "../../../server/rooms/schema/MuseumState";
import { placeAtSpawn } from "../../../server/rooms/visitorPlace";
import { miniScene } from "../../fixtures/miniScene";

describe("a visitor placed at a scene's spawn", () => {
  const tall = parseScene("tall.json", { ...miniScene(), id: "tall", eyeHeight: 1.75 });
  const plain = parseScene("plain.json", { ...miniScene(), id: "plain" });
  const scenes = roomScenes({
    ids: () => ["tall", "plain"],
    get: (id) => (id === "tall" ? tall : plain),
    list: () => [],
  });

  it("stands at the eye height the scene file gives", () => {
    const v = new Visitor();
    placeAtSpawn(v, scenes.tall);
    expect(dequantizeMm(v.y)).toBeCloseTo(1.75, 3);
  });

  it("stands at the schema's default where the file gives none", () => {
    const v = new Visitor();
    placeAtSpawn(v, scenes.plain);
    expect(dequantizeMm(v.y)).toBeCloseTo(plain.eyeHeight, 3);
    expect(plain.eyeHeight).toBe(1.6);
  });
});
