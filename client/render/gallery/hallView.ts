// A gallery hall in Babylon: walls and ceiling, and every exhibit merged per display with a far level of detail,
// pictures from one atlas, glass in one mesh — a thousand objects in a few dozen draw calls.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import "@babylonjs/core/Meshes/meshLODLevel";
import type { ExhibitSummary } from "../../../common/catalog";
import type { Slot } from "../../../common/displayLayout";
import type { Scene } from "../../../common/scene";
import type { LocalizedText } from "../../../common/sceneParts";
import { MeshBuffer } from "../kit/MeshBuffer";
import { meshFromBuffer, type BuildMode } from "../landmarkMeshes";
import type { KitMaterials } from "../materials";
import { drawArtwork } from "./artwork";
import { groupIntoBays } from "./hallBays";
import { buildHallParts } from "./hallParts";
import type { ExhibitPickData } from "./exhibitPick";
import { addHallShell } from "./hallShell";
import { addDisplayLight, addLamps } from "./hallLamps";
import { addWallTexts } from "./wallTexts";
import type { Plaque } from "./exhibitLabels";
import type { Display } from "../../../common/gallery";
import { DEG } from "../../../common/measures";

/** Beyond this distance from a display's centre (plus half its length) its items switch to the far shapes. */
export const FAR_DISTANCE = 12;
const ATLAS_MAX = 2048;
const ATLAS_TILE = 128;

export interface HallView {
  items: ReadonlyMap<string, ExhibitSummary>;
  /** Where each item stands, with its display's id. */
  slots: ReadonlyMap<string, Slot & { displayId: string }>;
  /** Where each item's label plaque is fixed. */
  plaques: ReadonlyMap<string, Plaque>;
  /** The hall's sections in walking order, as its wall texts number them. */
  sections: readonly LocalizedText[];
  /** Items whose glb failed and show a placeholder. */
  placeholders(): string[];
  /** Items drawn from their glb, loaded. */
  modelsShown(): string[];
  /** Loads the glb-modelled items (after the first frame); resolves when each has loaded or fallen back. */
  loadModels(): Promise<void>;
}

function exhibitMaterial(name: string, texture: Texture, scene: BabylonScene): StandardMaterial {
  const m = new StandardMaterial(name, scene);
  m.diffuseColor = Color3.White();
  // A diffuse texture and vertex colours, like the landmark kit: every hall material shares its shader program.
  m.diffuseTexture = texture;
  m.specularColor = new Color3(0.35, 0.35, 0.35); // glazes and polished bronze catch the light
  m.specularPower = 48;
  return m;
}

/** As many tiles of about 128 px as there are pictures, in a square texture of at most 2048 px. */
export function atlasSize(count: number): number {
  const cols = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Math.min(ATLAS_MAX, 2 ** Math.ceil(Math.log2(cols * ATLAS_TILE)));
}

function artAtlas(items: readonly ExhibitSummary[], scene: BabylonScene): DynamicTexture {
  const size = atlasSize(items.length);
  const tex = new DynamicTexture(
    "art-atlas",
    { width: size, height: size },
    scene,
    true,
    Texture.TRILINEAR_SAMPLINGMODE,
  );
  const ctx = tex.getContext() as unknown as CanvasRenderingContext2D;
  const cols = Math.max(1, Math.ceil(Math.sqrt(items.length)));
  const tile = size / cols;
  items.forEach((item, i) => {
    const f = item.form;
    if (f.kind !== "scroll" && f.kind !== "painting") return;
    const x = (i % cols) * tile;
    const y = Math.floor(i / cols) * tile;
    // Draw in the picture's own proportions, then stretch into the square tile; the quad stretches it back.
    const w = item.dimensions.widthCm;
    const h = item.dimensions.heightCm;
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(tile / w, tile / h);
    drawArtwork(ctx, f.art, f.kind === "scroll" ? f.paper : f.ground, 0, 0, w, h);
    ctx.restore();
  });
  tex.update(true);
  return tex;
}

export function buildHall(
  data: Scene,
  items: ReadonlyMap<string, ExhibitSummary>,
  materials: KitMaterials,
  scene: BabylonScene,
  mode: BuildMode,
): HallView {
  const shell = addHallShell(data, materials, scene);
  const ground = scene.getMeshByName("ground");
  addDisplayLight(
    data,
    scene,
    [shell, ground].filter((m) => m !== null),
  );
  const parts = buildHallParts(data.displays, items);
  const solid = exhibitMaterial("exhibits", materials.textures.plain, scene);
  const artMat = exhibitMaterial(
    "exhibit-art",
    parts.atlasItems.length ? artAtlas(parts.atlasItems, scene) : materials.textures.plain,
    scene,
  );
  artMat.specularColor = new Color3(0.05, 0.05, 0.05);
  const glass = exhibitMaterial("case-glass", materials.textures.plain, scene);
  glass.diffuseColor = new Color3(0.8, 0.9, 0.95);
  glass.specularColor = new Color3(0.9, 0.9, 0.9);
  glass.alpha = 0.12;
  for (const m of [solid, artMat, glass]) m.freeze();

  const frozen = (mesh: Mesh) => {
    mesh.freezeWorldMatrix();
    mesh.doNotSyncBoundingInfo = true;
    return mesh;
  };
  if (mode === "naive") {
    // The comparison build: one mesh per item (and per furniture run), no levels of detail.
    for (const d of parts.displays) {
      let start = 0;
      for (const r of d.ranges) {
        const one = sliceTriangles(d.near, start === 0 ? 0 : r.firstTriangle, r.endTriangle);
        start = r.endTriangle;
        const mesh = frozen(meshFromBuffer(`exhibit-${r.itemId}`, one, scene));
        mesh.material = solid;
        mesh.metadata = { itemId: r.itemId } satisfies ExhibitPickData;
      }
    }
    for (const r of parts.artRanges) {
      const mesh = frozen(
        meshFromBuffer(`exhibit-art-${r.itemId}`, sliceTriangles(parts.art, r.firstTriangle, r.endTriangle), scene),
      );
      mesh.material = artMat;
      mesh.metadata = { itemId: r.itemId } satisfies ExhibitPickData;
    }
  } else {
    groupIntoBays(parts.displays).forEach((bay, i) => {
      const near = frozen(meshFromBuffer(`bay-${i}`, bay.near, scene));
      near.material = solid;
      near.metadata = { itemRanges: bay.ranges } satisfies ExhibitPickData;
      const far = frozen(meshFromBuffer(`bay-${i}-far`, bay.far, scene));
      far.material = solid;
      far.isPickable = false;
      // Babylon measures from the mesh's bounding-sphere centre: the bay's far edge is `radius` nearer.
      near.addLODLevel(FAR_DISTANCE + bay.radius, far);
    });
    if (parts.art.triangleCount > 0) {
      const art = frozen(meshFromBuffer("exhibit-art", parts.art, scene));
      art.material = artMat;
      art.metadata = { itemRanges: parts.artRanges } satisfies ExhibitPickData;
    }
  }
  if (parts.glass.triangleCount > 0) {
    const g = frozen(meshFromBuffer("case-glass", parts.glass, scene));
    g.material = glass;
    g.isPickable = false;
  }

  addLamps(data, parts, scene);
  const texts = addWallTexts(
    data,
    parts.displays.map((d) => ({ display: d.display, top: d.top })),
    scene,
  );

  const slots = new Map<string, Slot & { displayId: string }>();
  const plaques = new Map<string, Plaque>();
  for (const d of parts.displays) {
    for (const s of d.slots) {
      slots.set(s.itemId, { ...s, displayId: d.display.id });
      plaques.set(s.itemId, plaqueOf(s, d.display, items.get(s.itemId)!));
    }
  }
  const placeholders: string[] = [];
  const shown: string[] = [];
  let models: Promise<void> | null = null;
  return {
    items,
    slots,
    plaques,
    sections: texts?.sections ?? [],
    placeholders: () => [...placeholders],
    modelsShown: () => [...shown],
    loadModels: () =>
      (models ??=
        parts.modelItems.length === 0
          ? Promise.resolve()
          : import("./exhibitModels").then(({ addExhibitModel }) =>
              Promise.all(
                parts.modelItems.map(({ item, slot }) =>
                  addExhibitModel(item, slot, scene).then((ok) => void (ok ? shown : placeholders).push(item.id)),
                ),
              ).then(() => undefined),
            )),
  };
}

/** A copy of some triangles of a buffer (the naive build's one-mesh-per-item). */
function sliceTriangles(b: MeshBuffer, first: number, end: number): MeshBuffer {
  const out = new MeshBuffer();
  const map = new Map<number, number>();
  for (let t = first * 3; t < end * 3; t++) {
    const v = b.indices[t];
    let nv = map.get(v);
    if (nv === undefined) {
      nv = out.positions.length / 3;
      map.set(v, nv);
      out.positions.push(b.positions[v * 3], b.positions[v * 3 + 1], b.positions[v * 3 + 2]);
      out.normals.push(b.normals[v * 3], b.normals[v * 3 + 1], b.normals[v * 3 + 2]);
      out.uvs.push(b.uvs[v * 2], b.uvs[v * 2 + 1]);
      out.colors.push(b.colors[v * 4], b.colors[v * 4 + 1], b.colors[v * 4 + 2], b.colors[v * 4 + 3]);
    }
    out.indices.push(nv);
  }
  return out;
}

/** A label's place: on the front of the case, plinth or table below its item, or beside a hung picture. */
export function plaqueOf(slot: Slot, d: Display, item: ExhibitSummary): Plaque {
  const a = slot.yawDeg * DEG;
  const front = [Math.sin(a), Math.cos(a)];
  const right = [-Math.cos(a), Math.sin(a)];
  const at = (along: number, out: number, y: number): Plaque => ({
    x: slot.x + right[0] * along + front[0] * out,
    y,
    z: slot.z + right[1] * along + front[1] * out,
    yawDeg: slot.yawDeg,
  });
  switch (d.kind) {
    case "wall": {
      const w = item.dimensions.widthCm / 100;
      return at(w / 2 + 0.2, 0.03, Math.min(1.35, slot.y));
    }
    case "plinths":
      return at(
        0,
        Math.min(slot.width * 0.85, Math.max(item.dimensions.widthCm / 100 + 0.2, 0.4)) / 2 + 0.01,
        Math.max(0.22, slot.baseHeight - 0.12),
      );
    default:
      return at(0, d.depth / 2 + 0.01, slot.baseHeight - 0.12);
  }
}
