// The shell of a gallery hall: walls with doorway gaps, doorways to other scenes, arrival points, floor, ceiling, light.
import type { z } from "zod";
import type { GalleryLight, WallSchema } from "../../common/gallery";
import type { SceneInput } from "../../common/scene";
import { INWARD, type Door, type HallBox, type Side } from "./hallPlaces";
import type { Bi } from "./records";

export interface HallDoor extends Door {
  id: string;
  name: Bi;
  to: { scene: string; spawn: string };
  /** The spawn point where visitors coming the other way arrive, just inside this doorway. */
  arrive: string;
}

export interface HallPalette {
  wall: string;
  floor: string;
  ceiling: string;
  light: GalleryLight;
  /** Gallery light: a warm key light from above and a soft fill. */
  key: { intensity: number; color: string };
  fill: { intensity: number; color: string; groundColor: string };
}

const THICKNESS = 0.4;
export const WALL_HEIGHT = 6.5;
const OUTWARD: Record<Side, number> = { north: 0, south: 180, east: 90, west: 270 };
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A point `inward` metres inside the hall from the middle of a doorway. */
export function insideDoor(box: HallBox, d: Door, inward: number): { x: number; z: number } {
  switch (d.side) {
    case "north":
      return { x: d.at, z: round2(box.halfD - inward) };
    case "south":
      return { x: d.at, z: round2(-box.halfD + inward) };
    case "east":
      return { x: round2(box.halfW - inward), z: d.at };
    case "west":
      return { x: round2(-box.halfW + inward), z: d.at };
  }
}

function wallsOf(box: HallBox, side: Side, color: string): z.input<typeof WallSchema>[] {
  const horizontal = side === "north" || side === "south";
  const reach = (horizontal ? box.halfW : box.halfD) + THICKNESS; // walls overlap at the corners
  const line = (horizontal ? box.halfD : box.halfW) + THICKNESS / 2;
  const sign = side === "north" || side === "east" ? 1 : -1;
  const gaps = box.doors.filter((d) => d.side === side).sort((a, b) => a.at - b.at);
  const spans: [number, number][] = [];
  let from = -reach;
  for (const g of gaps) {
    spans.push([from, g.at - g.width / 2]);
    from = g.at + g.width / 2;
  }
  spans.push([from, reach]);
  return spans.map(([a, b], i) => ({
    id: `wall-${side}-${i + 1}`,
    from: horizontal ? { x: round2(a), z: sign * line } : { x: sign * line, z: round2(a) },
    to: horizontal ? { x: round2(b), z: sign * line } : { x: sign * line, z: round2(b) },
    height: WALL_HEIGHT,
    thickness: THICKNESS,
    color,
  }));
}

export function shellOf(
  box: HallBox,
  doors: readonly HallDoor[],
  palette: HallPalette,
  entrance: HallDoor,
): Pick<SceneInput, "bounds" | "walls" | "ceiling" | "doorways" | "spawnPoints" | "ground" | "environment"> {
  const { halfW, halfD } = box;
  return {
    bounds: { minX: -halfW - 1, maxX: halfW + 1, minZ: -halfD - 1, maxZ: halfD + 1 },
    walls: (["north", "east", "south", "west"] as const).flatMap((s) => wallsOf(box, s, palette.wall)),
    ceiling: { height: WALL_HEIGHT, color: palette.ceiling, light: palette.light },
    doorways: doors.map((d) => ({
      id: d.id,
      name: d.name,
      position: insideDoor(box, d, 0),
      yawDeg: OUTWARD[d.side],
      width: d.width,
      height: 3.5,
      to: d.to,
    })),
    // Visitors arrive a few steps inside a doorway, facing into the hall, so they do not walk straight back out.
    spawnPoints: [entrance, ...doors.filter((d) => d !== entrance)].map((d) => ({
      id: d.arrive,
      position: insideDoor(box, d, 3.5),
      yawDeg: INWARD[d.side],
    })),
    ground: {
      baseColor: palette.floor,
      areas: [
        {
          id: "floor",
          kind: "pavement",
          polygon: [
            [-halfW, -halfD],
            [halfW, -halfD],
            [halfW, halfD],
            [-halfW, halfD],
          ],
          color: palette.floor,
        },
      ],
    },
    environment: {
      skyZenith: palette.ceiling,
      skyHorizon: palette.wall,
      sun: { azimuthDeg: 200, elevationDeg: 65, intensity: palette.key.intensity, color: palette.key.color },
      ambient: palette.fill,
    },
  };
}
