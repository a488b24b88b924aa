// Exhibit labels, drawn only near the visitor: a small pool of plaques in one texture and one mesh, reassigned
// to the nearest items as the visitor walks, in the visitor's language.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData";
import { VertexBuffer } from "@babylonjs/core/Buffers/buffer";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { ExhibitSummary } from "../../../common/catalog";
import { formatYears, ILLUSTRATION_WORD, isIllustration } from "../../../common/catalogNames";
import type { Lang } from "../../../common/sceneParts";
import { DEG } from "../../../common/measures";
import { fontsFor, TEXT_STACK } from "../../ui/webFonts";

export const LABEL_POOL = 32;
/** Labels further than this are not drawn (they would be unreadable anyway). */
export const LABEL_RANGE = 9;
const COLS = 4;
const ROWS = LABEL_POOL / COLS;
const TW = 512;
const TH = 128;
const PLAQUE_W = 0.3;
const PLAQUE_H = 0.075;

export interface Plaque {
  x: number;
  y: number;
  z: number;
  /** The way the plaque's face looks (towards the visitor). */
  yawDeg: number;
}

export interface ExhibitLabels {
  /** Reassigns the pool to the items nearest the visitor; cheap when nothing changed. */
  update(x: number, z: number, lang: Lang): void;
  /** The items labelled now. */
  shown(): string[];
}

/** The `n` nearest plaques within range, nearest first (pure; the pool's choice). */
export function nearestPlaques(
  plaques: ReadonlyMap<string, Plaque>,
  x: number,
  z: number,
  n: number,
  range: number,
): string[] {
  const near: [string, number][] = [];
  for (const [id, p] of plaques) {
    const d = Math.hypot(p.x - x, p.z - z);
    if (d <= range) near.push([id, d]);
  }
  near.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return near.slice(0, n).map(([id]) => id);
}

function drawLabel(ctx: CanvasRenderingContext2D, slot: number, item: ExhibitSummary, lang: Lang): void {
  const x = (slot % COLS) * TW;
  const y = Math.floor(slot / COLS) * TH;
  ctx.fillStyle = "#f4efe4";
  ctx.fillRect(x, y, TW, TH);
  ctx.fillStyle = "#1d1a17";
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  const fit = (text: string, size: number, weight: string, ty: number) => {
    ctx.font = `${weight} ${size}px ${TEXT_STACK}`;
    let s = text;
    while (s.length > 1 && ctx.measureText(s).width > TW - 24) s = s.slice(0, -2) + "…";
    ctx.fillText(s, x + 12, y + ty);
  };
  fit(item.title[lang], 34, "bold", 12);
  ctx.fillStyle = "#4b443c";
  fit(`${item.period.name[lang]} · ${formatYears(item.period.startYear, item.period.endYear, lang)}`, 26, "normal", 58);
  // An illustration says so on its label, not only in the full record.
  const marked = isIllustration(item.accession) ? ` · ${ILLUSTRATION_WORD[lang]}` : "";
  fit(`${item.accession}${marked}`, 22, "normal", 94);
}

export function createExhibitLabels(
  items: ReadonlyMap<string, ExhibitSummary>,
  plaques: ReadonlyMap<string, Plaque>,
  scene: BabylonScene,
): ExhibitLabels {
  const tex = new DynamicTexture(
    "exhibit-labels",
    { width: TW * COLS, height: TH * ROWS },
    scene,
    true,
    Texture.TRILINEAR_SAMPLINGMODE,
  );
  const ctx = tex.getContext() as unknown as CanvasRenderingContext2D;
  const mat = new StandardMaterial("exhibit-labels", scene);
  mat.diffuseTexture = tex;
  mat.emissiveColor = new Color3(0.35, 0.35, 0.35);
  mat.specularColor = Color3.Black();
  const mesh = new Mesh("exhibit-labels", scene);
  const positions = new Float32Array(LABEL_POOL * 4 * 3);
  const normals = new Float32Array(LABEL_POOL * 4 * 3);
  const uvs: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i < LABEL_POOL; i++) {
    const u0 = (i % COLS) / COLS;
    const u1 = u0 + 1 / COLS;
    const v1 = 1 - Math.floor(i / COLS) / ROWS;
    const v0 = v1 - 1 / ROWS;
    uvs.push(u0, v0, u1, v0, u1, v1, u0, v1);
    const b = i * 4;
    indices.push(b, b + 2, b + 1, b, b + 3, b + 2);
  }
  const vd = new VertexData();
  vd.positions = positions;
  vd.normals = normals;
  vd.uvs = uvs;
  // White vertex colours: with its texture, the material shares the kit's shader program.
  vd.colors = new Float32Array(LABEL_POOL * 4 * 4).fill(1);
  vd.indices = indices;
  vd.applyToMesh(mesh, true);
  mesh.material = mat;
  mesh.isPickable = false;
  mesh.alwaysSelectAsActiveMesh = true; // its bounds change as plaques move; one quad set is cheap to draw
  mesh.freezeWorldMatrix();

  const slotOf = new Map<string, number>();
  const itemIn: (string | null)[] = new Array(LABEL_POOL).fill(null);
  let lastX = Infinity;
  let lastZ = Infinity;
  let lastLang: Lang | null = null;

  const place = (slot: number, p: Plaque | null) => {
    const o = slot * 12;
    if (!p) {
      positions.fill(0, o, o + 12);
      return;
    }
    const a = p.yawDeg * DEG;
    // Right as seen by a visitor facing the plaque: (−cos, sin).
    const rx = -Math.cos(a) * (PLAQUE_W / 2);
    const rz = Math.sin(a) * (PLAQUE_W / 2);
    const h = PLAQUE_H / 2;
    const corners = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ];
    corners.forEach(([sx, sy], k) => {
      positions[o + k * 3] = p.x + rx * sx;
      positions[o + k * 3 + 1] = p.y + h * sy;
      positions[o + k * 3 + 2] = p.z + rz * sx;
      normals[o + k * 3] = Math.sin(a);
      normals[o + k * 3 + 1] = 0;
      normals[o + k * 3 + 2] = Math.cos(a);
    });
  };

  return {
    update(x, z, lang) {
      if (lang === lastLang && Math.hypot(x - lastX, z - lastZ) < 0.5) return;
      const relabel = lang !== lastLang;
      lastX = x;
      lastZ = z;
      lastLang = lang;
      const wanted = new Set(nearestPlaques(plaques, x, z, LABEL_POOL, LABEL_RANGE));
      let drew = false;
      for (let s = 0; s < LABEL_POOL; s++) {
        const id = itemIn[s];
        if (id && !wanted.has(id)) {
          itemIn[s] = null;
          slotOf.delete(id);
          place(s, null);
        }
      }
      for (const id of wanted) {
        let s = slotOf.get(id);
        if (s === undefined) {
          s = itemIn.indexOf(null);
          itemIn[s] = id;
          slotOf.set(id, s);
          place(s, plaques.get(id)!);
          drawLabel(ctx, s, items.get(id)!, lang);
          drew = true;
        } else if (relabel) {
          drawLabel(ctx, s, items.get(id)!, lang);
          drew = true;
        }
      }
      mesh.updateVerticesData(VertexBuffer.PositionKind, positions);
      mesh.updateVerticesData(VertexBuffer.NormalKind, normals);
      if (!drew) return;
      tex.update(true);
      // Drawn with the faces at hand; once the Chinese ones have arrived, the plaques shown then again.
      const words = itemIn.map((id) => (id ? `${items.get(id)!.title[lang]}${items.get(id)!.period.name[lang]}` : ""));
      fontsFor(words.join(""))?.then(
        () => {
          if (lang !== lastLang || !tex.getInternalTexture()) return;
          itemIn.forEach((id, s) => id && drawLabel(ctx, s, items.get(id)!, lang));
          tex.update(true);
        },
        () => undefined, // the system's faces stay
      );
    },
    shown: () => itemIn.filter((id): id is string => id !== null),
  };
}
