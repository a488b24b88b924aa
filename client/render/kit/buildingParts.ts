// Turns a building's data (block, setbacks, roof, tower, portico) into named parts, each in one kit material.
import type { BuildingShape, Landmark, Roof } from "../../../common/landmark";
import { MeshBuffer, frameOf, hexToRgb, type Rgb } from "./MeshBuffer";
import { clockFaces, gabledRoof, hippedRoof } from "./roofShapes";
import type { FacadeKit } from "./facadeKit";
import type { FacadeBlock, SideReveals } from "./facadeRelief";

/** The kit's materials: walls of dressed stone (granite, stucco, concrete) or of brick, trim stone, roofs, dials. */
export type KitMaterial = "facade" | "brick" | "stone" | "roof" | "clock";

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

/** How a block's walls are dressed: in which material, and which relief the style asks for. */
interface Dress {
  kit: FacadeKit;
  wall: Rgb;
  trim: Rgb;
  material: "facade" | "brick";
  /** Art Deco: vertical piers and a plain cornice, no lintels or modillions. */
  deco: boolean;
  banded: boolean;
  /** Which side walls face a street and get reveals like the front (none unless asked). */
  sides?: SideReveals;
}

type Block = FacadeBlock;

function addBlock(list: PartList, name: string, b: Block, d: Dress, relief = true): void {
  const floorH = (b.y1 - b.y0) / Math.max(b.floors, 1);
  list.add(name, d.material, (m) => {
    if (relief) d.kit.wallsWithReveals(m, b, d.wall, d.sides);
    else
      m.block(b.cx, b.cz, b.width, b.depth, b.y0, b.y1, d.wall, [
        b.width / Math.max(1, Math.round(b.width / 4.2)),
        floorH,
      ]);
  });
  list.add(`${name}/cornice`, "stone", (m) => {
    d.kit.cornice(m, b, d.trim, relief && !d.deco);
    if (!relief) return;
    d.kit.sillsAndLintels(m, b, d.trim, !d.deco);
    if (d.deco) d.kit.piers(m, b, d.wall);
    // The attic: a band under the top floor, as on the banks' classical fronts.
    else if (b.floors > 2 && !d.banded) d.kit.stringCourse(m, b, b.y1 - floorH - 0.05, 0.3, d.trim);
  });
  if (d.banded) {
    for (let k = 1; k < b.floors; k++) {
      const y = b.y0 + k * floorH;
      list.add(`${name}/band-${k}`, "stone", (m) =>
        m.block(b.cx, b.cz, b.width + 0.3, b.depth + 0.3, y - 0.25, y + 0.25, d.trim),
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
  /** Needed for a dome only (its drum and ribs come with the façades). */
  kit?: FacadeKit,
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
      if (!kit) throw new Error(`${name}: a dome is drawn with the façade kit, and none was given`);
      const r = Math.min(roof.radius, width / 2, depth / 2);
      const drumTop = y0 + 0.9 + roof.drumHeight;
      if (roof.drumHeight > 0)
        list.add(`${name}/drum`, "stone", (m) => kit.drum(m, cx, cz, r, y0 + 0.9, roof.drumHeight, trim));
      let lanternY = 0;
      list.add(`${name}/dome`, "roof", (m) => (lanternY = kit.ribbedDome(m, cx, cz, r, drumTop, roofColor)));
      list.add(`${name}/lantern`, "stone", (m) => kit.lantern(m, cx, cz, r, lanternY, trim));
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
      return 0.9 + roof.drumHeight + Math.min(roof.radius, width / 2, depth / 2) * 1.65;
    default:
      return 0.9 + roof.height;
  }
}

/** A building's parts, in relief from the façade kit (loaded lazily with the Bund: kit/facadeKit.ts). */
export function buildingParts(l: Landmark, shape: BuildingShape, kit: FacadeKit, sides?: SideReveals): Part[] {
  const list = new PartList(l);
  const trim = hexToRgb(l.facade.trimColor);
  const roofColor = hexToRgb(l.facade.roofColor);
  const dress: Dress = {
    kit,
    wall: hexToRgb(l.facade.color),
    trim,
    material: l.facade.material === "brick" ? "brick" : "facade",
    deco: l.style === "art-deco",
    banded: l.facade.banded,
  };
  const { width, depth, height, floors, baseHeight } = shape;

  if (baseHeight > 0) list.add("base", "stone", (m) => kit.rusticatedBase(m, width, depth, baseHeight, trim));
  const baseFloors = Math.round((baseHeight / height) * floors);
  addBlock(
    list,
    "block",
    { cx: 0, cz: 0, width, depth, y0: baseHeight, y1: height, floors: Math.max(floors - baseFloors, 1) },
    { ...dress, sides },
  );

  let top = { width, depth, y: height + 0.9 };
  shape.setbacks.forEach((s, i) => {
    const w = Math.max(top.width - 2 * s.inset, 2);
    const d = Math.max(top.depth - 2 * s.inset, 2);
    addBlock(
      list,
      `setback-${i + 1}`,
      { cx: 0, cz: 0, width: w, depth: d, y0: top.y, y1: top.y + s.height, floors: s.floors },
      { ...dress, banded: false },
    );
    top = { width: w, depth: d, y: top.y + s.height + 0.9 };
  });
  addRoof(list, "top", shape.roof, 0, 0, top.width, top.depth, top.y - 0.9, roofColor, trim, kit);

  if (shape.portico) {
    const p = shape.portico;
    list.add("portico", "stone", (m) => kit.portico(m, p, depth / 2, baseHeight, trim));
  }

  if (shape.tower) {
    const t = shape.tower;
    const y0 = top.y - 0.9; // the tower rises from the roof line of the highest block
    const y1 = y0 + t.height;
    const tower = {
      cx: t.offsetX,
      cz: t.offsetZ,
      width: t.width,
      depth: t.depth,
      y0,
      y1,
      floors: Math.max(Math.round(t.height / 4), 1),
    };
    // A tower's walls keep their windows in the texture: its front holds the dial, and it is seen from afar.
    addBlock(list, "tower", tower, { ...dress, banded: false }, false);
    list.add("tower/corners", "stone", (m) => {
      for (const sx of [-1, 1])
        for (const sz of [-1, 1]) {
          const x = t.offsetX + (sx * t.width) / 2;
          const z = t.offsetZ + (sz * t.depth) / 2;
          m.box(x - 0.45, y0, z - 0.45, x + 0.45, y1, z + 0.45, trim, [1, 1], { top: true, bottom: true });
        }
    });
    if (t.clock) {
      const size = Math.min(t.width, t.depth) * 0.72;
      const cy = y1 - size / 2 - 1.2;
      list.add("tower/clock", "clock", (m) => clockFaces(m, t.offsetX, t.offsetZ, t.width, t.depth, cy, size));
      list.add("tower/dial-frames", "stone", (m) =>
        kit.dialSurrounds(m, t.offsetX, t.offsetZ, t.width, t.depth, cy, size, trim),
      );
    }
    addRoof(list, "tower", t.roof, t.offsetX, t.offsetZ, t.width, t.depth, y1, roofColor, trim, kit);
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
