// Builds the Gutzlaff Signal Tower (1907, the Bund's north end): banded brick shaft, gallery, signal mast and time ball.
import { lathe, sphere, type ProfilePoint } from "./lathe.js";
import { opaque, type MaterialSpec } from "./materials.js";
import { type MeshData, mergeMeshes, ringOf, rotateY } from "./meshData.js";
import { box } from "./prism.js";
import type { ModelDescription } from "./toDocument.js";

const BRICK: MaterialSpec = { name: "RedBrick", baseColor: opaque("#9a4a37"), metallic: 0, roughness: 0.9 };
const STONE: MaterialSpec = { name: "WhiteStone", baseColor: opaque("#d8d1c2"), metallic: 0, roughness: 0.8 };
// Painted iron: mostly the paint (a dielectric) answers light, with a little worn metal showing.
const IRON: MaterialSpec = { name: "PaintedIron", baseColor: opaque("#2a2f2d"), metallic: 0.3, roughness: 0.55 };
const BALL: MaterialSpec = { name: "TimeBall", baseColor: opaque("#a8322a"), metallic: 0, roughness: 0.5 };

/** Divisions around the round parts: smooth at promenade distance while staying well inside the budget. */
const ROUND = 40;

// Heights in metres above the pavement (the model origin).
const BASE_TOP = 4.6;
const SHAFT_TOP = 29.2;
const BAND_PERIOD = 2.4;
const BAND_HEIGHT = 0.6;
const GALLERY_FLOOR = 30.3;
const DRUM_TOP = 33.0;
const MAST_FOOT = 34.5;
const MAST_TOP = 47.6;

/** The shaft tapers slightly, from 6.8 m across at the base to 6.2 m under the gallery. */
function shaftRadius(y: number): number {
  return 3.4 - (0.3 * (y - BASE_TOP)) / (SHAFT_TOP - BASE_TOP);
}

function squareBase(): { brick: MeshData; stone: MeshData; iron: MeshData } {
  const stone = mergeMeshes(
    box({ size: [10, 0.6, 10], center: [0, 0.3, 0], openBottom: true }),
    box({ size: [9.4, 0.4, 9.4], center: [0, 4.4, 0] }),
  );
  const brick = box({ size: [8.8, 3.6, 8.8], center: [0, 2.4, 0], openBottom: true });
  // Door on the +Z (waterfront) face, slightly proud so it reads without a hole in the wall.
  const iron = box({ size: [1.6, 2.6, 0.12], center: [0, 1.9, 4.43] });
  return { brick, stone, iron };
}

/** Alternating red brick courses and proud white stone bands, the tower's striped look. */
function bandedShaft(): { brick: MeshData; stone: MeshData } {
  const bricks: MeshData[] = [];
  const bands: MeshData[] = [];
  const bandCount = Math.floor((SHAFT_TOP - BASE_TOP - BAND_HEIGHT) / BAND_PERIOD + 1e-6) + 1;
  for (let k = 0; k < bandCount; k++) {
    // Counting bands by index, not by adding 2.4 repeatedly, keeps every height exact and repeatable.
    const y = BASE_TOP + k * BAND_PERIOD;
    const top = y + BAND_HEIGHT;
    const proud = 0.1;
    const band: ProfilePoint[] = [
      [shaftRadius(y), y],
      [shaftRadius(y) + proud, y],
      [shaftRadius(top) + proud, top],
      [shaftRadius(top), top],
    ];
    bands.push(lathe(band, { segments: ROUND }));
    const next = Math.min(top + BAND_PERIOD - BAND_HEIGHT, SHAFT_TOP);
    if (next > top + 1e-6) {
      // Open tube: its ends hide under the bands, so caps would be wasted triangles.
      bricks.push(
        lathe(
          [
            [shaftRadius(top), top],
            [shaftRadius(next), next],
          ],
          { segments: ROUND },
        ),
      );
    }
  }
  return { brick: mergeMeshes(...bricks), stone: mergeMeshes(...bands) };
}

/** Narrow windows centred in three brick courses, turned 45° between levels so the tower reads round from every side. */
function shaftWindows(): MeshData {
  const levels: MeshData[] = [];
  [1, 4, 7].forEach((course, level) => {
    const y = BASE_TOP + BAND_HEIGHT + course * BAND_PERIOD + (BAND_PERIOD - BAND_HEIGHT) / 2;
    // 5 cm proud of the brick but less than a stone band, so it reads as an inset frame.
    const window = box({ size: [0.7, 1.4, 0.3], center: [0, y, shaftRadius(y) - 0.1] });
    levels.push(ringOf(window, 4, level % 2 === 0 ? 0 : Math.PI / 4));
  });
  return mergeMeshes(...levels);
}

/** Stone corbel and floor slab carrying the gallery, with an iron railing round its edge. */
function gallery(): { stone: MeshData; iron: MeshData } {
  const r = shaftRadius(SHAFT_TOP);
  const stone = lathe(
    [
      [r + 0.1, SHAFT_TOP],
      [r + 0.45, SHAFT_TOP + 0.35],
      [4.3, SHAFT_TOP + 0.8],
      [4.3, GALLERY_FLOOR],
      // Runs in under the drum wall (r 2.8) so no gap shows between floor and drum.
      [2.7, GALLERY_FLOOR],
    ],
    { segments: ROUND },
  );
  const rail = (y: number): MeshData =>
    lathe(
      [
        [4.14, y],
        [4.26, y],
        [4.26, y + 0.08],
        [4.14, y + 0.08],
        [4.14, y],
      ],
      { segments: ROUND },
    );
  const post = box({ size: [0.07, 1.0, 0.07], center: [0, GALLERY_FLOOR + 0.5, 4.2], openBottom: true });
  const iron = mergeMeshes(rail(GALLERY_FLOOR + 0.45), rail(GALLERY_FLOOR + 1.0), ringOf(post, 24));
  return { stone, iron };
}

/** The upper drum above the gallery, its cornice and shallow dome, and the mast's stone foot. */
function drumAndDome(): { brick: MeshData; stone: MeshData; iron: MeshData } {
  const brick = lathe(
    [
      [2.8, GALLERY_FLOOR],
      [2.8, DRUM_TOP],
    ],
    { segments: ROUND },
  );
  const stone = lathe(
    [
      [2.8, DRUM_TOP],
      [3.15, DRUM_TOP + 0.15],
      [3.15, DRUM_TOP + 0.4],
      [2.95, DRUM_TOP + 0.4],
      [2.6, DRUM_TOP + 0.85],
      [1.9, DRUM_TOP + 1.2],
      [1.0, DRUM_TOP + 1.42],
      [0.45, MAST_FOOT],
      [0.45, MAST_FOOT + 0.5],
      [0, MAST_FOOT + 0.5],
    ],
    { segments: ROUND },
  );
  const window = box({ size: [0.8, 1.5, 0.3], center: [0, GALLERY_FLOOR + 1.3, 2.7] });
  return { brick, stone, iron: ringOf(window, 6, Math.PI / 6) };
}

/** Tapering iron mast with a yard-arm for signal flags and a finial; the time ball is a separate part. */
function mast(): MeshData {
  const pole = lathe(
    [
      [0.24, MAST_FOOT],
      [0.2, 40],
      [0.12, MAST_TOP],
      [0, MAST_TOP],
    ],
    { segments: 12 },
  );
  const yard = box({ size: [9, 0.2, 0.2], center: [0, 41.2, 0] });
  // A second yard turned 90° so the mast reads as a signal mast from the river as well as the street.
  const crossYard = rotateY(box({ size: [5, 0.16, 0.16], center: [0, 38.6, 0] }), Math.PI / 2);
  const finial = sphere({ radius: 0.2, center: [0, MAST_TOP + 0.15, 0], segments: 12, rings: 6 });
  return mergeMeshes(pole, yard, crossYard, finial);
}

export function buildGutzlaffTower(): ModelDescription {
  const base = squareBase();
  const shaft = bandedShaft();
  const top = gallery();
  const drum = drumAndDome();
  return {
    name: "GutzlaffSignalTower",
    parts: [
      { name: "Brick", material: BRICK, mesh: mergeMeshes(base.brick, shaft.brick, drum.brick) },
      { name: "Stone", material: STONE, mesh: mergeMeshes(base.stone, shaft.stone, top.stone, drum.stone) },
      { name: "Ironwork", material: IRON, mesh: mergeMeshes(base.iron, shaftWindows(), top.iron, drum.iron, mast()) },
      // Its own node so the client can drop it at noon, as the real ball signalled time to ships.
      {
        name: "TimeBall",
        material: BALL,
        mesh: sphere({ radius: 1.0, center: [0, 0, 0], segments: 24, rings: 14 }),
        translation: [0, 45.2, 0],
      },
    ],
  };
}
