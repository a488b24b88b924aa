// Turns a building's data (block, setbacks, roof, tower, portico) into named parts, each in one kit material.
import type { BuildingShape, Landmark, Roof } from "../../../common/landmark";
import { MeshBuffer, frameOf, hexToRgb, type Rgb } from "./MeshBuffer";
import { lathe } from "./outlineShapes";
import { clockFaces, gabledRoof, hippedRoof } from "./roofShapes";

export type KitMaterial = "facade" | "stone" | "roof" | "clock";

export interface Part {
  landmarkId: string;
  name: string;
  material: KitMaterial;
  buffer: MeshBuffer;
}

/** Collects parts for one landmark, each a fresh buffer already placed in the landmark's frame. */
export class PartList {
  readonly parts: Part[] = [];
  constructor(private readonly landmark: Landmark) {}

  add(name: string, material: KitMaterial, draw: (b: MeshBuffer) => void): void {
    const buffer = new MeshBuffer();
    buffer.frame = frameOf(this.landmark.position.x, this.landmark.position.z, this.landmark.facingDeg);
    draw(buffer);
    this.parts.push({ landmarkId: this.landmark.id, name: `${this.landmark.id}/${name}`, material, buffer });
  }
}

const BAY = 4.2; // metres between window axes on a typical Bund façade

interface Block {
  cx: number;
  cz: number;
  width: number;
  depth: number;
  y0: number;
  y1: number;
  floors: number;
}

function addBlock(list: PartList, name: string, b: Block, wall: Rgb, trim: Rgb, banded: boolean): void {
  const floorH = (b.y1 - b.y0) / Math.max(b.floors, 1);
  list.add(name, "facade", (m) => m.block(b.cx, b.cz, b.width, b.depth, b.y0, b.y1, wall, [BAY, floorH]));
  list.add(`${name}/cornice`, "stone", (m) =>
    m.block(b.cx, b.cz, b.width + 1.2, b.depth + 1.2, b.y1, b.y1 + 0.9, trim),
  );
  if (banded) {
    for (let k = 1; k < b.floors; k++) {
      const y = b.y0 + k * floorH;
      list.add(`${name}/band-${k}`, "stone", (m) =>
        m.block(b.cx, b.cz, b.width + 0.3, b.depth + 0.3, y - 0.25, y + 0.25, trim),
      );
    }
  }
}

export function addRoof(
  list: PartList,
  name: string,
  roof: Roof,
  cx: number,
  cz: number,
  width: number,
  depth: number,
  y0: number,
  roofColor: Rgb,
  trim: Rgb,
): void {
  switch (roof.type) {
    case "flat": {
      if (roof.parapet <= 0) return;
      const t = 0.5;
      const top = y0 + 0.9 + roof.parapet;
      list.add(`${name}/parapet`, "stone", (m) => {
        m.box(cx - width / 2, y0, cz + depth / 2 - t, cx + width / 2, top, cz + depth / 2, trim);
        m.box(cx - width / 2, y0, cz - depth / 2, cx + width / 2, top, cz - depth / 2 + t, trim);
        m.box(cx - width / 2, y0, cz - depth / 2 + t, cx - width / 2 + t, top, cz + depth / 2 - t, trim);
        m.box(cx + width / 2 - t, y0, cz - depth / 2 + t, cx + width / 2, top, cz + depth / 2 - t, trim);
      });
      return;
    }
    case "pyramid":
      list.add(`${name}/roof`, "roof", (m) => hippedRoof(m, cx, cz, width, depth, y0 + 0.9, roof.height, roofColor, 0));
      return;
    case "hipped":
      list.add(`${name}/roof`, "roof", (m) => hippedRoof(m, cx, cz, width, depth, y0 + 0.9, roof.height, roofColor, 1));
      return;
    case "gabled":
      list.add(`${name}/roof`, "roof", (m) => gabledRoof(m, cx, cz, width, depth, y0 + 0.9, roof.height, roofColor));
      return;
    case "dome": {
      const r = Math.min(roof.radius, width / 2, depth / 2);
      const drumTop = y0 + 0.9 + roof.drumHeight;
      if (roof.drumHeight > 0) {
        list.add(`${name}/drum`, "stone", (m) =>
          lathe(
            m,
            cx,
            cz,
            [
              [0, y0 + 0.9],
              [r * 1.05, y0 + 0.9],
              [r * 1.05, drumTop],
              [0, drumTop],
            ],
            24,
            trim,
          ),
        );
      }
      const profile: [number, number][] = [];
      for (let i = 0; i <= 8; i++) {
        const a = (i / 8) * (Math.PI / 2);
        profile.push([r * Math.cos(a), drumTop + r * 1.1 * Math.sin(a)]);
      }
      list.add(`${name}/dome`, "roof", (m) => lathe(m, cx, cz, profile, 24, roofColor));
      const lanternY = drumTop + r * 1.1;
      list.add(`${name}/lantern`, "stone", (m) =>
        lathe(
          m,
          cx,
          cz,
          [
            [0, lanternY - 0.3],
            [r * 0.18, lanternY - 0.3],
            [r * 0.18, lanternY + r * 0.3],
            [0, lanternY + r * 0.45],
          ],
          8,
          trim,
        ),
      );
      return;
    }
  }
}

/** Height the roof adds above y0 (for placing what stands on top). */
function roofRise(roof: Roof, width: number, depth: number): number {
  switch (roof.type) {
    case "flat":
      return 0.9;
    case "dome":
      return 0.9 + roof.drumHeight + Math.min(roof.radius, width / 2, depth / 2) * 1.55;
    default:
      return 0.9 + roof.height;
  }
}

export function buildingParts(l: Landmark, shape: BuildingShape): Part[] {
  const list = new PartList(l);
  const wall = hexToRgb(l.facade.color);
  const trim = hexToRgb(l.facade.trimColor);
  const roofColor = hexToRgb(l.facade.roofColor);
  const { width, depth, height, floors, baseHeight } = shape;

  if (baseHeight > 0) {
    list.add("base", "stone", (m) => m.block(0, 0, width + 0.6, depth + 0.6, 0, baseHeight, trim));
  }
  const baseFloors = Math.round((baseHeight / height) * floors);
  addBlock(
    list,
    "block",
    { cx: 0, cz: 0, width, depth, y0: baseHeight, y1: height, floors: Math.max(floors - baseFloors, 1) },
    wall,
    trim,
    l.facade.banded,
  );

  let top = { width, depth, y: height + 0.9 };
  shape.setbacks.forEach((s, i) => {
    const w = Math.max(top.width - 2 * s.inset, 2);
    const d = Math.max(top.depth - 2 * s.inset, 2);
    addBlock(
      list,
      `setback-${i + 1}`,
      { cx: 0, cz: 0, width: w, depth: d, y0: top.y, y1: top.y + s.height, floors: s.floors },
      wall,
      trim,
      false,
    );
    top = { width: w, depth: d, y: top.y + s.height + 0.9 };
  });
  addRoof(list, "top", shape.roof, 0, 0, top.width, top.depth, top.y - 0.9, roofColor, trim);

  if (shape.portico) {
    const p = shape.portico;
    const z = depth / 2 + 1.6;
    const radius = Math.min(0.7, p.width / p.columns / 4);
    const y0 = baseHeight;
    for (let i = 0; i < p.columns; i++) {
      const x = -p.width / 2 + (p.width * (i + 0.5)) / p.columns;
      list.add(`portico/column-${i + 1}`, "stone", (m) =>
        lathe(
          m,
          x,
          z,
          [
            [radius * 1.3, y0],
            [radius, y0 + 0.6],
            [radius * 0.88, y0 + p.height - 0.6],
            [radius * 1.3, y0 + p.height],
          ],
          12,
          trim,
        ),
      );
    }
    list.add("portico/entablature", "stone", (m) =>
      m.block(0, z - 0.4, p.width + 1, 3.6, y0 + p.height, y0 + p.height + 1.4, trim),
    );
  }

  if (shape.tower) {
    const t = shape.tower;
    const y0 = top.y - 0.9; // the tower rises from the roof line of the highest block
    const y1 = y0 + t.height;
    addBlock(
      list,
      "tower",
      {
        cx: t.offsetX,
        cz: t.offsetZ,
        width: t.width,
        depth: t.depth,
        y0,
        y1,
        floors: Math.max(Math.round(t.height / 4), 1),
      },
      wall,
      trim,
      false,
    );
    if (t.clock) {
      const size = Math.min(t.width, t.depth) * 0.72;
      const cy = y1 - size / 2 - 1.2;
      list.add("tower/clock", "clock", (m) => clockFaces(m, t.offsetX, t.offsetZ, t.width, t.depth, cy, size));
    }
    addRoof(list, "tower", t.roof, t.offsetX, t.offsetZ, t.width, t.depth, y1, roofColor, trim);
  }
  return list.parts;
}

/** The highest point of a building, for labels and the minimap. */
export function buildingTop(shape: BuildingShape): number {
  let y = shape.height + 0.9;
  let w = shape.width;
  let d = shape.depth;
  for (const s of shape.setbacks) {
    w -= 2 * s.inset;
    d -= 2 * s.inset;
    y += s.height + 0.9;
  }
  const roofTop = y - 0.9 + roofRise(shape.roof, w, d);
  if (!shape.tower) return roofTop;
  return Math.max(
    roofTop,
    y - 0.9 + shape.tower.height + roofRise(shape.tower.roof, shape.tower.width, shape.tower.depth),
  );
}
