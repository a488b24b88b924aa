// A hall's exhibits as plain geometry (no Babylon): per display a near and a far buffer, plus the hall's pictures
// and glass, with the triangle ranges that let a pick name its item.
import type { ExhibitSummary } from "../../../common/catalog";
import { slotsOf, type Slot } from "../../../common/displayLayout";
import type { Display } from "../../../common/gallery";
import { frameOf, hexToRgb, MeshBuffer, type Rgb } from "../kit/MeshBuffer";
import { writeForm, type Detail } from "./exhibitForms";
import type { AtlasRect } from "./formPlacement";

import type { ItemRange } from "./exhibitPick";

export type { ItemRange };

export interface DisplayParts {
  display: Display;
  slots: Slot[];
  near: MeshBuffer;
  far: MeshBuffer;
  /** Ranges of `near` (the pickable one). */
  ranges: ItemRange[];
  /** Height of the display's highest part (glass, panel, tallest object), metres: its section sign hangs above. */
  top: number;
}

export interface HallParts {
  displays: DisplayParts[];
  /** Every picture of the hall in one buffer, textured from the art atlas. */
  art: MeshBuffer;
  artRanges: ItemRange[];
  /** Every case's glass in one transparent buffer. */
  glass: MeshBuffer;
  /** The light inside each case: a glowing strip under its canopy, drawn unlit. */
  caseLights: MeshBuffer;
  /** Items whose pictures need a tile in the atlas, in tile order. */
  atlasItems: ExhibitSummary[];
  /** Items drawn from a glb: the renderer loads them; here they hold a placeholder block. */
  modelItems: { item: ExhibitSummary; slot: Slot }[];
}

const WOOD: Rgb = hexToRgb("#3d2e24");
const PLINTH: Rgb = hexToRgb("#e9e4da");
const PANEL: Rgb = hexToRgb("#7b2f2a");
/** The case's back board, a linen grey that sets off glaze, patina and paper alike. */
const LINEN: Rgb = hexToRgb("#8d877c");
const CASE_LAMP: Rgb = hexToRgb("#fff3dc");
const CANOPY = 0.14;
const FLAT_UV: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];

/** Tile rectangles of a square atlas of `n` tiles (as many columns as rows), in texture space. */
export function atlasTile(index: number, n: number): AtlasRect {
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  const size = 1 / cols;
  const c = index % cols;
  const r = Math.floor(index / cols);
  // Texture v runs up; canvas rows run down: row 0 of the canvas is the top of the texture.
  const inset = size * 0.02;
  return [c * size + inset, 1 - (r + 1) * size + inset, (c + 1) * size - inset, 1 - r * size - inset];
}

/** Where a display's case lights and glass go; null for the far level of detail, which has neither. */
interface CaseExtras {
  glass: MeshBuffer;
  lights: MeshBuffer;
}

/**
 * The furniture of a display: cases with a base, a back board, glass and a lit canopy; plinths sized to their
 * objects; a hanging panel or a table case. Returns the height of its highest part.
 */
function furniture(
  d: Display,
  slots: Slot[],
  sizes: (id: string) => ExhibitSummary,
  solid: MeshBuffer,
  extras: CaseExtras | null,
): number {
  solid.frame = frameOf(d.position.x, d.position.z, d.yawDeg);
  if (extras) extras.glass.frame = extras.lights.frame = solid.frame;
  const half = d.length / 2;
  const tallest = Math.max(...slots.map((s) => sizes(s.itemId).dimensions.heightCm / 100));
  switch (d.kind) {
    case "case": {
      const top = slots[0].baseHeight;
      const glassTop = top + Math.min(2.2, tallest + 0.2);
      solid.box(-half, 0, -d.depth, half, top, 0, WOOD);
      // Back board and canopy: the case is a lit box the object stands in, as in a gallery, not a glass tank.
      solid.box(-half, top, -d.depth, half, glassTop, -d.depth + 0.03, LINEN);
      solid.box(-half - 0.02, glassTop, -d.depth, half + 0.02, glassTop + CANOPY, 0.02, WOOD);
      extras?.glass.box(-half, top, -d.depth + 0.03, half, glassTop, 0, [1, 1, 1]);
      // The lamp: a strip under the canopy's front, lighting the objects from above and in front.
      extras?.lights.face(
        [
          [-half + 0.05, glassTop - 0.005, -0.18],
          [half - 0.05, glassTop - 0.005, -0.18],
          [half - 0.05, glassTop - 0.005, -0.06],
          [-half + 0.05, glassTop - 0.005, -0.06],
        ],
        [0, -1, 0],
        FLAT_UV,
        CASE_LAMP,
      );
      return glassTop + CANOPY;
    }
    case "table-case": {
      const top = slots[0].baseHeight;
      solid.box(-half, 0, -d.depth, half, top, 0, WOOD);
      extras?.glass.box(-half, top, -d.depth, half, top + 0.25, 0, [1, 1, 1]);
      return top + 0.25;
    }
    case "plinths": {
      let highest = 0;
      for (const s of slots) {
        const item = sizes(s.itemId).dimensions;
        const w = Math.min(s.width * 0.85, Math.max(item.widthCm / 100 + 0.2, 0.4));
        // The display's local +x is the visitor's left, so slot i (counted from their left) sits at −along.
        const along = -((slots.indexOf(s) + 0.5) * s.width - half);
        solid.box(along - w / 2, 0, -d.depth / 2 - w / 2, along + w / 2, s.baseHeight, -d.depth / 2 + w / 2, PLINTH);
        highest = Math.max(highest, s.baseHeight + item.heightCm / 100);
      }
      return highest;
    }
    case "wall": {
      const hung = Math.max(...slots.map((s) => s.y + sizes(s.itemId).dimensions.heightCm / 200));
      if (!d.panel) return hung;
      const panelTop = Math.max(3, hung + 0.4);
      solid.box(-half, 0, -0.2, half, panelTop, -0.05, PANEL);
      return panelTop;
    }
  }
}

export function buildHallParts(displays: readonly Display[], items: ReadonlyMap<string, ExhibitSummary>): HallParts {
  const sizeOf = (id: string) => {
    const item = items.get(id);
    if (!item) throw new Error(`Display item "${id}" is not in the hall's catalog`);
    return item;
  };
  const atlasItems = displays
    .flatMap((d) => d.items.map(sizeOf))
    .filter((i) => i.form.kind === "scroll" || i.form.kind === "painting");
  const tileOf = new Map(atlasItems.map((item, i) => [item.id, atlasTile(i, atlasItems.length)]));
  const art = new MeshBuffer();
  const artRanges: ItemRange[] = [];
  const glass = new MeshBuffer();
  const caseLights = new MeshBuffer();
  const modelItems: HallParts["modelItems"] = [];
  const out: DisplayParts[] = [];
  for (const display of displays) {
    const slots = slotsOf(display, (id) => sizeOf(id).dimensions);
    const near = new MeshBuffer();
    const far = new MeshBuffer();
    const ranges: ItemRange[] = [];
    const top = furniture(display, slots, sizeOf, near, { glass, lights: caseLights });
    furniture(display, slots, sizeOf, far, null);
    for (const slot of slots) {
      const item = sizeOf(slot.itemId);
      const write = (buffer: MeshBuffer, detail: Detail, withArt: boolean) => {
        const first = buffer.triangleCount;
        const artFirst = art.triangleCount;
        writeForm(
          { solid: buffer, art: withArt ? art : new MeshBuffer() },
          item,
          slot,
          detail,
          tileOf.get(item.id) ?? null,
        );
        if (withArt && art.triangleCount > artFirst)
          artRanges.push({ firstTriangle: artFirst, endTriangle: art.triangleCount, itemId: item.id });
        return { firstTriangle: first, endTriangle: buffer.triangleCount, itemId: item.id };
      };
      ranges.push(write(near, "near", true));
      write(far, "far", false);
      if (item.form.kind === "model") modelItems.push({ item, slot });
    }
    out.push({ display, slots, near, far, ranges, top });
  }
  return { displays: out, art, artRanges, glass, caseLights, atlasItems, modelItems };
}
