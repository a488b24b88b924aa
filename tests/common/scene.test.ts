// The scene format: every file in scenes/ parses, and each kind of malformed scene is refused naming its path.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseScene, parseSceneFile, SceneFileError, formatPath } from "../../common/scene";
import { buildWalkableWorld, isWalkable } from "../../common/walkable";
import { miniScene } from "../fixtures/miniScene";
import type { JsonToBreak } from "../fixtures/jsonToBreak";

const scenesDir = path.resolve(import.meta.dirname, "../../scenes");

function problemsOf(raw: unknown): { path: string; message: string }[] {
  try {
    parseScene("test.json", raw);
  } catch (err) {
    expect(err).toBeInstanceOf(SceneFileError);
    return (err as SceneFileError).problems;
  }
  throw new Error("the scene was accepted");
}

describe("scene files", () => {
  const files = readdirSync(scenesDir).filter((f) => f.endsWith(".json"));
  it("there is at least the Bund", () => {
    expect(files).toContain("bund.json");
  });
  it.each(files)("%s parses and its id matches its file name", (file) => {
    const scene = parseSceneFile(`scenes/${file}`, readFileSync(path.join(scenesDir, file), "utf8"));
    expect(`${scene.id}.json`).toBe(file);
  });
});

describe("malformed scenes", () => {
  it("the fixture itself is valid", () => {
    expect(parseScene("mini.json", miniScene()).landmarks).toHaveLength(3);
  });

  it("names the file and JSON path in the message", () => {
    const s: JsonToBreak = miniScene();
    s.landmarks[0].built = "1927";
    try {
      parseScene("scenes/broken.json", s);
      throw new Error("accepted");
    } catch (err) {
      expect((err as Error).message).toContain("scenes/broken.json: landmarks[0].built");
    }
  });

  it("rejects text that is not JSON, saying so", () => {
    expect(() => parseSceneFile("scenes/x.json", "{ not json")).toThrow(/scenes\/x\.json: \(root\): not valid JSON/);
  });

  const cases: [string, (s: JsonToBreak) => void, string, RegExp][] = [
    ["a missing Chinese name", (s) => delete s.landmarks[0].name.zh, "landmarks[0].name.zh", /expected string/],
    [
      "an empty English description",
      (s) => (s.landmarks[0].description.en = "  "),
      "landmarks[0].description.en",
      /English text is missing/,
    ],
    ["an unknown landmark shape", (s) => (s.landmarks[0].shape.kind = "castle"), "landmarks[0].shape.kind", /./],
    [
      "an unknown roof type",
      (s) => (s.landmarks[0].shape.roof = { type: "onion" }),
      "landmarks[0].shape.roof.type",
      /./,
    ],
    ["a negative height", (s) => (s.landmarks[0].shape.height = -3), "landmarks[0].shape.height", /too small|>0/],
    ["NaN in a position", (s) => (s.landmarks[0].position.x = Number.NaN), "landmarks[0].position.x", /./],
    [
      "a demolition before construction",
      (s) => (s.landmarks[2].demolished = 1900),
      "landmarks[2].demolished",
      /demolished before it was built/,
    ],
    [
      "a landmark outside the bounds",
      (s) => (s.landmarks[0].position = { x: 5000, z: 0 }),
      "landmarks[0].position",
      /outside the scene bounds/,
    ],
    [
      "a duplicate landmark id",
      (s) => (s.landmarks[1].id = "customs-house"),
      "landmarks[1].id",
      /duplicate id "customs-house"/,
    ],
    ["a bad colour", (s) => (s.environment.skyZenith = "blue"), "environment.skyZenith", /colour like/],
    ["an id that is not a slug", (s) => (s.id = "Mini Bund"), "id", /lower-case words/],
    [
      "a polygon of two points",
      (s) =>
        (s.water[0].polygon = [
          [0, 0],
          [1, 1],
        ]),
      "water[0].polygon",
      /at least 3 points/,
    ],
    ["inverted bounds", (s) => (s.bounds.minX = 500), "bounds", /min must be less than max/],
    ["no spawn point", (s) => (s.spawnPoints = []), "spawnPoints", /./],
    ["an unknown field (a typo)", (s) => (s.landmarks[0].buillt = 1927), "landmarks[0]", /buillt/],
    [
      "no sources for the facts",
      (s) => (s.landmarks[0].sources = []),
      "landmarks[0].sources",
      /cite at least one source/,
    ],
    [
      "a model outside models/",
      (s) =>
        (s.landmarks[0].shape = { kind: "model", model: "http://cdn.example/x.glb", width: 5, depth: 5, height: 5 }),
      "landmarks[0].shape.model",
      /models\/<name>\.glb/,
    ],
    ["a pitch past straight up", (s) => (s.viewpoints[0].pitchDeg = 120), "viewpoints[0].pitchDeg", /./],
  ];
  it.each(cases)("refuses %s at its path", (_label, mutate, expectedPath, message) => {
    const s = structuredClone(miniScene());
    mutate(s);
    const problems = problemsOf(s);
    const hit = problems.find((p) => p.path === expectedPath);
    expect(hit, `problems were: ${JSON.stringify(problems)}`).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it("formats paths the way a person reads them", () => {
    expect(formatPath(["landmarks", 3, "shape", "roof"])).toBe("landmarks[3].shape.roof");
    expect(formatPath([])).toBe("(root)");
  });
});

describe("the Bund's places to stand", () => {
  const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(scenesDir, "bund.json"), "utf8"));
  const world = buildWalkableWorld(bund);
  it.each(bund.spawnPoints.map((s) => [s.id, s.position] as const))("spawn point %s is on open ground", (_id, p) => {
    expect(isWalkable(world, p.x, p.z, 0.35)).toBe(true);
  });
  it.each(bund.viewpoints.map((v) => [v.id, v.position] as const))("viewpoint %s is on open ground", (_id, p) => {
    expect(isWalkable(world, p.x, p.z, 0.35)).toBe(true);
  });
  it("has at least ten landmarks, three of them lost, each lost one saying what is uncertain", () => {
    expect(bund.landmarks.length).toBeGreaterThanOrEqual(10);
    const lost = bund.landmarks.filter((l) => l.demolished !== null);
    expect(lost.length).toBeGreaterThanOrEqual(3);
    for (const l of lost) expect(l.uncertainty, l.id).toBeDefined();
  });
  it("has the landmarks a person who knows the Bund would look for", () => {
    const ids = bund.landmarks.map((l) => l.id);
    for (const id of [
      "customs-house",
      "sassoon-house",
      "hsbc-building",
      "bank-of-china",
      "palace-hotel",
      "garden-bridge",
      "gutzlaff-signal-tower",
    ])
      expect(ids).toContain(id);
  });
  it("at least one landmark is a real glTF model", () => {
    expect(bund.landmarks.some((l) => l.shape.kind === "model")).toBe(true);
  });
});
