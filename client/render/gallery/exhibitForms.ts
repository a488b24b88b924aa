// The catalog's parametric forms as geometry (no Babylon): turned ceramics, bronzes, mounted pictures and seals.
import type { ArtifactForm } from "../../../common/catalog";
import type { Slot } from "../../../common/displayLayout";
import { frameOf, hexToRgb } from "../kit/MeshBuffer";
import { box, picture, placement, type AtlasRect, type FormTarget, type Place } from "./formPlacement";
import { inside, radiusScale, ringsOf, smoothLathe } from "./turnedForms";

/** Near: in a display up close; far: the same shape in a few triangles; inspect: alone, turned in the hand. */
export type Detail = "near" | "far" | "inspect";
const SEGMENTS: Record<Detail, number> = { near: 14, far: 6, inspect: 64 };

export interface ItemShape {
  form: ArtifactForm;
  dimensions: { heightCm: number; widthCm: number; depthCm: number };
}

/**
 * Writes one item into the target buffers, in the slot's frame. Returns nothing: callers read triangle counts
 * before and after to know which faces belong to the item.
 */
export function writeForm(
  t: FormTarget,
  item: ItemShape,
  slot: Pick<Slot, "x" | "y" | "z" | "yawDeg" | "pose">,
  detail: Detail,
  uv: AtlasRect | null,
): void {
  const frame = frameOf(slot.x, slot.z, slot.yawDeg);
  t.solid.frame = frame;
  t.art.frame = frame;
  const h = item.dimensions.heightCm / 100;
  const at = placement(slot, h);
  const w = item.dimensions.widthCm / 100;
  const d = item.dimensions.depthCm / 100;
  const seg = SEGMENTS[detail];
  const f = item.form;
  switch (f.kind) {
    case "lathe": {
      const rings = ringsOf(
        f.profile,
        h,
        radiusScale(f.profile, w, h),
        hexToRgb(f.glaze),
        f.accent ? hexToRgb(f.accent) : null,
        detail === "far" ? [] : f.bands,
      );
      smoothLathe(
        t.solid,
        at,
        detail === "far"
          ? [...rings, { r: 0, y: rings[rings.length - 1].y, c: rings[rings.length - 1].c }]
          : [...rings, ...inside(rings, Math.max(0.004, w * 0.03))],
        seg,
      );
      return;
    }
    case "bronze": {
      const patina = hexToRgb(f.patina);
      if (f.vessel === "mirror") {
        // A mirror stands upright on its edge, its decorated back to the visitor: turn the disc to face front.
        const up: Place = { p: ([x, y, z]) => at.p([x, w / 2 + z, y - d / 2]), n: ([x, y, z]) => at.n([x, z, y]) };
        smoothLathe(t.solid, up, ringsOf(f.profile, d, radiusScale(f.profile, w, d), patina, null, []), seg);
        return;
      }
      const legH = f.legs > 0 ? h * 0.28 : 0;
      const rs = radiusScale(f.profile, w, h - legH);
      const rings = ringsOf(f.profile, h - legH, rs, patina, null, [], legH);
      smoothLathe(
        t.solid,
        at,
        detail === "far"
          ? [...rings, { r: 0, y: rings[rings.length - 1].y, c: patina }]
          : [...rings, ...inside(rings, Math.max(0.005, w * 0.03))],
        seg,
      );
      const legR = Math.max(0.008, w * 0.05);
      const footR = rings[0].r * 0.8 + legR;
      for (let i = 0; i < f.legs; i++) {
        const a = (i / f.legs) * Math.PI * 2 + Math.PI / f.legs;
        const lx = Math.sin(a) * footR;
        const lz = Math.cos(a) * footR;
        if (detail === "far") box(t.solid, at, lx - legR, 0, lz - legR, lx + legR, legH + 0.01, lz + legR, patina);
        else
          smoothLathe(
            t.solid,
            at,
            [
              { r: legR * 0.8, y: 0, c: patina },
              { r: legR, y: legH * 0.6, c: patina },
              { r: legR * 1.2, y: legH + 0.01, c: patina },
            ],
            Math.max(6, seg / 2),
            lx,
            lz,
          );
      }
      if (f.handles && detail !== "far") {
        const top = rings[rings.length - 1];
        const hh = Math.max(0.02, h * 0.12);
        const th = Math.max(0.006, w * 0.03);
        for (const side of [-1, 1]) {
          const x = side * top.r * 0.9;
          box(t.solid, at, x - th / 2, top.y - th, -th * 2.5, x + th / 2, top.y + hh, -th * 1.5, patina);
          box(t.solid, at, x - th / 2, top.y - th, th * 1.5, x + th / 2, top.y + hh, th * 2.5, patina);
          box(t.solid, at, x - th / 2, top.y + hh - th, -th * 2.5, x + th / 2, top.y + hh, th * 2.5, patina);
        }
      }
      return;
    }
    case "scroll": {
      const mount = hexToRgb(f.mount);
      const m = Math.min(w, h) * 0.08; // the silk border around the picture
      const back = -Math.max(0.005, d / 2);
      box(t.solid, at, -w / 2, 0, back - 0.003, w / 2, h, 0, mount);
      if (f.mounting === "hanging") {
        // Roller at the foot, stave at the top, as a hanging scroll is mounted.
        box(t.solid, at, -w / 2 - 0.03, -0.015, back - 0.01, w / 2 + 0.03, 0.015, 0.01, hexToRgb("#3b2a1e"));
        box(t.solid, at, -w / 2, h - 0.01, back - 0.006, w / 2, h + 0.01, 0.006, hexToRgb("#5a4632"));
      } else if (f.mounting === "handscroll") {
        for (const side of [-1, 1])
          box(t.solid, at, (side * w) / 2 - 0.02, 0, back - 0.02, (side * w) / 2 + 0.02, h, 0.02, hexToRgb("#3b2a1e"));
      }
      if (uv) picture(t, at, w - 2 * m, h - 2 * m, m, 0.002, uv);
      return;
    }
    case "painting": {
      const frameC = hexToRgb(f.frame);
      const fw = Math.max(0.03, Math.min(w, h) * 0.07);
      const depth = Math.max(0.03, d);
      box(t.solid, at, -w / 2, 0, -depth, -w / 2 + fw, h, 0, frameC);
      box(t.solid, at, w / 2 - fw, 0, -depth, w / 2, h, 0, frameC);
      box(t.solid, at, -w / 2 + fw, 0, -depth, w / 2 - fw, fw, 0, frameC);
      box(t.solid, at, -w / 2 + fw, h - fw, -depth, w / 2 - fw, h, 0, frameC);
      box(t.solid, at, -w / 2 + fw, fw, -depth, w / 2 - fw, h - fw, -depth * 0.6, hexToRgb(f.ground));
      if (uv) picture(t, at, w - 2 * fw, h - 2 * fw, fw, -depth * 0.6 + 0.002, uv);
      return;
    }
    case "seal": {
      const stone = hexToRgb(f.stone);
      const body = f.knob === "flat" ? h : h * 0.72;
      box(t.solid, at, -w / 2, 0, -d / 2, w / 2, body, d / 2, stone);
      if (f.knob === "flat") return;
      const k = Math.min(w, d);
      if (f.knob === "beast" && detail !== "far") {
        smoothLathe(
          t.solid,
          at,
          [
            { r: k * 0.42, y: body, c: stone },
            { r: k * 0.45, y: body + (h - body) * 0.4, c: stone },
            { r: k * 0.3, y: body + (h - body) * 0.85, c: stone },
            { r: 0, y: h, c: stone },
          ],
          Math.max(6, seg / 2),
        );
      } else {
        const kw = f.knob === "ring" ? k * 0.2 : k * 0.7;
        box(t.solid, at, -kw / 2, body, -k * 0.3, kw / 2, h, k * 0.3, stone);
      }
      return;
    }
    case "model":
      return; // drawn from its glb by the hall, or by a placeholder when the file fails
  }
}
