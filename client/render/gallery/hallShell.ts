// The built shell of a scene's interiors and passages: walls and ceiling in one mesh, doorways with their signs.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang } from "../../../common/sceneParts";
import type { Scene } from "../../../common/scene";
import { frameOf, hexToRgb, IDENTITY, MeshBuffer } from "../kit/MeshBuffer";
import { meshFromBuffer } from "../landmarkMeshes";
import type { KitMaterials } from "../materials";
import { DEG } from "../../../common/measures";
import { fontsFor, TEXT_STACK } from "../../ui/webFonts";
import { benchBuffer } from "./hallFixtures";

const SIGN_W = 1024;
const SIGN_H = 128;
const FRAME = hexToRgb("#4a3b2f");

/** Walls as boxes along their segments, the ceiling over the bounds and the benches: one mesh, plaster and wood. */
export function addHallShell(data: Scene, materials: KitMaterials, scene: BabylonScene): Mesh | null {
  const b = new MeshBuffer();
  for (const w of data.walls) {
    const dx = w.to.x - w.from.x;
    const dz = w.to.z - w.from.z;
    const len = Math.hypot(dx, dz);
    // The frame's local +x must run along the wall: a heading whose right-hand axis (cos, −sin) is the wall.
    b.frame = frameOf((w.from.x + w.to.x) / 2, (w.from.z + w.to.z) / 2, Math.atan2(-dz, dx) / DEG);
    b.box(
      -len / 2 - w.thickness / 2,
      0,
      -w.thickness / 2,
      len / 2 + w.thickness / 2,
      w.height,
      w.thickness / 2,
      hexToRgb(w.color),
    );
  }
  if (data.ceiling) {
    b.frame = IDENTITY;
    const { minX, maxX, minZ, maxZ } = data.bounds;
    const y = data.ceiling.height;
    b.face(
      [
        [minX, y, minZ],
        [maxX, y, minZ],
        [maxX, y, maxZ],
        [minX, y, maxZ],
      ],
      [0, -1, 0],
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      hexToRgb(data.ceiling.color),
    );
  }
  benchBuffer(data.benches, b);
  if (b.triangleCount === 0) return null;
  const mesh = meshFromBuffer("hall-walls", b, scene);
  // Smooth plaster in the walls' own colours (the plain texture keeps the kit's one shader program).
  const plaster = new StandardMaterial("hall-plaster", scene);
  plaster.diffuseTexture = materials.textures.plain;
  plaster.specularColor = new Color3(0.04, 0.04, 0.04);
  plaster.freeze();
  mesh.material = plaster;
  mesh.isPickable = true;
  mesh.freezeWorldMatrix();
  return mesh;
}

export interface DoorwaySigns {
  /** Redraws the signs in a language. */
  setLang(lang: Lang): void;
}

/** Every doorway as a wooden frame with a sign above it naming where it leads; all signs share one texture. */
export function addDoorways(
  data: Scene,
  lang: Lang,
  materials: KitMaterials,
  scene: BabylonScene,
): DoorwaySigns | null {
  if (data.doorways.length === 0) return null;
  const frames = new MeshBuffer();
  const signs = new MeshBuffer();
  const rows = data.doorways.length;
  data.doorways.forEach((d, i) => {
    // The sign faces visitors walking towards the doorway: its front is against the walking direction.
    const f = frameOf(d.position.x, d.position.z, d.yawDeg + 180);
    frames.frame = f;
    signs.frame = f;
    const hw = d.width / 2;
    const post = 0.15;
    frames.box(-hw - post, 0, -post, -hw, d.height, post, FRAME);
    frames.box(hw, 0, -post, hw + post, d.height, post, FRAME);
    frames.box(-hw - post, d.height, -post, hw + post, d.height + 0.6, post, FRAME);
    const v0 = 1 - (i + 1) / rows;
    const v1 = 1 - i / rows;
    const y0 = d.height + 0.08;
    const y1 = d.height + 0.52;
    // Both faces carry the sign, so it reads from either side; u runs so that text is not mirrored on either.
    signs.face(
      [
        [hw, y0, post + 0.01],
        [-hw, y0, post + 0.01],
        [-hw, y1, post + 0.01],
        [hw, y1, post + 0.01],
      ],
      [0, 0, 1],
      [
        [0, v0],
        [1, v0],
        [1, v1],
        [0, v1],
      ],
      [1, 1, 1],
    );
    signs.face(
      [
        [-hw, y0, -post - 0.01],
        [hw, y0, -post - 0.01],
        [hw, y1, -post - 0.01],
        [-hw, y1, -post - 0.01],
      ],
      [0, 0, -1],
      [
        [0, v0],
        [1, v0],
        [1, v1],
        [0, v1],
      ],
      [1, 1, 1],
    );
  });
  const frameMesh = meshFromBuffer("doorway-frames", frames, scene);
  frameMesh.material = materials.roof;
  frameMesh.isPickable = false;
  frameMesh.freezeWorldMatrix();
  const tex = new DynamicTexture(
    "doorway-signs",
    { width: SIGN_W, height: SIGN_H * rows },
    scene,
    true,
    Texture.TRILINEAR_SAMPLINGMODE,
  );
  const signMat = new StandardMaterial("doorway-signs", scene);
  signMat.diffuseTexture = tex;
  signMat.emissiveColor = new Color3(0.6, 0.6, 0.6); // signs stay legible in a dim hall
  signMat.specularColor = Color3.Black();
  const signMesh = meshFromBuffer("doorway-signs", signs, scene);
  signMesh.material = signMat;
  signMesh.isPickable = false;
  signMesh.freezeWorldMatrix();
  const draw = (l: Lang) => {
    const ctx = tex.getContext() as unknown as CanvasRenderingContext2D;
    data.doorways.forEach((d, i) => {
      ctx.fillStyle = "#1f2a30";
      ctx.fillRect(0, i * SIGN_H, SIGN_W, SIGN_H);
      ctx.fillStyle = "#f3e7c9";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.font = `bold 64px ${TEXT_STACK}`;
      const text = `${d.name[l]}  →`;
      const scale = Math.min(1, (SIGN_W * 0.92) / ctx.measureText(text).width);
      ctx.save();
      ctx.translate(SIGN_W / 2, i * SIGN_H + SIGN_H / 2);
      ctx.scale(scale, 1);
      ctx.fillText(text, 0, 0);
      ctx.restore();
    });
    tex.update(true);
  };
  let shown = lang;
  const drawWhenFontsArrive = (l: Lang) => {
    shown = l;
    draw(l);
    fontsFor(data.doorways.map((d) => d.name[l]).join(""))?.then(
      () => shown === l && tex.getInternalTexture() && draw(l), // (not once the hall is gone)
      () => undefined, // the system's faces stay
    );
  };
  drawWhenFontsArrive(lang);
  return { setLang: drawWhenFontsArrive };
}
