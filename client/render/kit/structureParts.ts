// Parts for the landmarks that are not buildings: the steel truss bridge, the city wall with its gate, monuments.
import type { BridgeShape, Landmark, MonumentShape, WallShape } from "../../../common/landmark";
import { hexToRgb, type Vec3 } from "./MeshBuffer";
import { PartList, addRoof, type Part } from "./buildingParts";
import { beam, lathe } from "./outlineShapes";

/** A camelback (Parker) truss per side, as on the Garden Bridge: chords rise towards mid-span. */
export function bridgeParts(l: Landmark, shape: BridgeShape): Part[] {
  const list = new PartList(l);
  const steel = hexToRgb(l.facade.color);
  const deck = hexToRgb(l.facade.trimColor);
  const { length, width, spans, trussHeight } = shape;
  const half = length / 2;
  list.add("deck", "stone", (m) => m.block(0, 0, width, length, -0.6, 0.04, deck));
  const spanLen = length / spans;
  const panels = 8;
  const deckY = 0.6;
  for (let s = 0; s < spans; s++) {
    const z0 = -half + s * spanLen;
    const heightAt = (i: number) => deckY + trussHeight * (0.55 + 0.45 * Math.sin((Math.PI * i) / panels));
    for (const side of [-1, 1]) {
      const x = (side * width) / 2;
      list.add(`span-${s + 1}/truss-${side < 0 ? "west" : "east"}`, "stone", (m) => {
        for (let i = 0; i < panels; i++) {
          const za = z0 + (spanLen * i) / panels;
          const zb = z0 + (spanLen * (i + 1)) / panels;
          const bottomA: Vec3 = [x, deckY, za];
          const bottomB: Vec3 = [x, deckY, zb];
          const topA: Vec3 = [x, heightAt(i), za];
          const topB: Vec3 = [x, heightAt(i + 1), zb];
          beam(m, bottomA, bottomB, 0.6, steel);
          beam(m, topA, topB, 0.6, steel);
          beam(m, bottomA, topA, 0.35, steel);
          // Diagonals lean towards mid-span, as in a Pratt-type web.
          if (i < panels / 2) beam(m, topA, bottomB, 0.3, steel);
          else beam(m, bottomA, topB, 0.3, steel);
        }
        beam(m, [x, deckY, z0 + spanLen], [x, heightAt(panels), z0 + spanLen], 0.35, steel);
      });
    }
    list.add(`span-${s + 1}/bracing`, "stone", (m) => {
      for (let i = 1; i < panels; i++) {
        const y = heightAt(i);
        if (y - deckY < 5.5) continue; // keep clearance for trams and carts
        const z = z0 + (spanLen * i) / panels;
        beam(m, [-width / 2, y, z], [width / 2, y, z], 0.3, steel);
      }
    });
  }
  return list.parts;
}

export function wallParts(l: Landmark, shape: WallShape): Part[] {
  const list = new PartList(l);
  const brick = hexToRgb(l.facade.color);
  const trim = hexToRgb(l.facade.trimColor);
  const roof = hexToRgb(l.facade.roofColor);
  const { length, height, thickness, gate } = shape;
  const gx = gate.width / 2;
  list.add("wall-west", "stone", (m) => m.box(-length / 2, 0, -thickness / 2, -gx, height, thickness / 2, brick));
  list.add("wall-east", "stone", (m) => m.box(gx, 0, -thickness / 2, length / 2, height, thickness / 2, brick));
  list.add("gate-arch", "stone", (m) => m.box(-gx, gate.height, -thickness / 2, gx, height, thickness / 2, brick));
  list.add("battlements", "stone", (m) => {
    const z0 = thickness / 2 - 0.7;
    for (let x = -length / 2 + 0.8; x + 1.6 <= length / 2; x += 3.2) {
      if (Math.abs(x + 0.8) < gx + 5) continue; // the gatehouse stands here
      m.box(x, height, z0, x + 1.6, height + 1.3, thickness / 2, brick);
    }
  });
  // A two-storey gatehouse on the wall above the gate: a timber hall with a tiled hipped roof.
  const hallW = gate.width + 10;
  const hallD = thickness - 1.5;
  const storey = (gate.towerHeight - height) / 2;
  list.add("gatehouse/hall", "stone", (m) => m.block(0, 0, hallW, hallD, height, height + storey * 0.9, trim));
  addRoof(
    list,
    "gatehouse-lower",
    { type: "hipped", height: storey * 0.35 },
    0,
    0,
    hallW + 3,
    hallD + 3,
    height + storey * 0.9 - 0.9,
    roof,
    trim,
  );
  list.add("gatehouse/upper", "stone", (m) =>
    m.block(0, 0, hallW * 0.75, hallD * 0.75, height + storey, height + storey * 1.7, trim),
  );
  addRoof(
    list,
    "gatehouse-upper",
    { type: "hipped", height: storey * 0.5 },
    0,
    0,
    hallW * 0.75 + 3,
    hallD * 0.75 + 3,
    height + storey * 1.7 - 0.9,
    roof,
    trim,
  );
  return list.parts;
}

export function monumentParts(l: Landmark, shape: MonumentShape): Part[] {
  const list = new PartList(l);
  const bronze = hexToRgb(l.facade.color);
  const stone = hexToRgb(l.facade.trimColor);
  const { pedestalWidth: w, pedestalHeight: ph, columnHeight: ch, figureHeight: fh } = shape;
  list.add("steps", "stone", (m) => m.block(0, 0, w + 2, w + 2, 0, 0.5, stone));
  list.add("pedestal", "stone", (m) => m.block(0, 0, w, w, 0.5, ph, stone));
  list.add("pedestal-cap", "stone", (m) => m.block(0, 0, w + 0.5, w + 0.5, ph, ph + 0.4, stone));
  const colR = w * 0.16;
  const fy = ph + 0.4 + ch;
  if (ch > 0)
    list.add("column", "stone", (m) =>
      lathe(
        m,
        0,
        0,
        [
          [colR * 1.4, ph + 0.4],
          [colR, ph + 1],
          [colR * 0.85, fy - 0.5],
          [colR * 1.4, fy],
        ],
        16,
        stone,
      ),
    );
  list.add("figure", "stone", (m) => {
    // A robed figure: a flared gown, a torso and a head, turned on the lathe.
    lathe(
      m,
      0,
      0,
      [
        [fh * 0.16, fy],
        [fh * 0.1, fy + fh * 0.45],
        [fh * 0.09, fy + fh * 0.72],
        [fh * 0.05, fy + fh * 0.8],
        [0.0001, fy + fh * 0.8],
      ],
      12,
      bronze,
    );
    lathe(
      m,
      0,
      0,
      [
        [0.0001, fy + fh * 0.8],
        [fh * 0.06, fy + fh * 0.86],
        [fh * 0.06, fy + fh * 0.94],
        [0.0001, fy + fh],
      ],
      10,
      bronze,
    );
    if (shape.winged) {
      for (const side of [-1, 1]) {
        beam(
          m,
          [side * fh * 0.06, fy + fh * 0.7, -fh * 0.05],
          [side * fh * 0.45, fy + fh * 1.15, -fh * 0.2],
          fh * 0.08,
          bronze,
        );
        beam(
          m,
          [side * fh * 0.06, fy + fh * 0.6, -fh * 0.05],
          [side * fh * 0.35, fy + fh * 0.9, -fh * 0.18],
          fh * 0.1,
          bronze,
        );
      }
    }
  });
  return list.parts;
}
