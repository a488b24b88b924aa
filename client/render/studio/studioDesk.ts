// The studio's desk in Babylon: a table, the paper (showing the sheet the learner writes on), a brush on its rest,
// an ink stone and the model sheet. Five meshes, five draw calls. The paper also maps a world point to the data's grid.
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { CreateBox } from "@babylonjs/core/Meshes/Builders/boxBuilder";
import { CreateCylinder } from "@babylonjs/core/Meshes/Builders/cylinderBuilder";
import { CreateGround } from "@babylonjs/core/Meshes/Builders/groundBuilder";
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene } from "@babylonjs/core/scene";
import type { CharacterData } from "../../../common/ink/inkStroke";
import { paperGridPoint, STUDIO_DESK, STUDIO_PAPER } from "../../../common/ink/studioLayout";

const DESK = STUDIO_DESK;
const PAPER = STUDIO_PAPER;
const TEXTURE_PX = 512;

export interface StudioDesk {
  /** Copies the sheet onto the paper. */
  showSheet(sheet: HTMLCanvasElement): void;
  /** Draws the model character and a few lines of feedback on the model sheet. */
  showModel(data: CharacterData | null, lines: readonly string[]): void;
  /** The data-grid point (1024 grid, y up) under a world point, how far above the paper it is, or null off it. */
  paperPoint(p: Vector3): { x: number; y: number; height: number } | null;
}

function material(scene: Scene, name: string, hex: string): StandardMaterial {
  const m = new StandardMaterial(name, scene);
  m.diffuseColor = Color3.FromHexString(hex);
  m.specularColor = new Color3(0.08, 0.08, 0.08);
  return m;
}

/** A flat sheet on the desk, turned so the texture's top points away from the visitor (west, −x). */
function flatSheet(scene: Scene, name: string, x: number, z: number, size: number, tex: DynamicTexture): Mesh {
  const sheet = CreateGround(name, { width: size, height: size }, scene);
  sheet.rotation.y = -Math.PI / 2;
  sheet.position.set(x, PAPER.y, z);
  const m = new StandardMaterial(`${name}-material`, scene);
  m.diffuseTexture = tex;
  m.emissiveColor = new Color3(0.35, 0.33, 0.3);
  m.specularColor = Color3.Black();
  sheet.material = m;
  sheet.freezeWorldMatrix();
  return sheet;
}

export function buildStudioDesk(scene: Scene): StudioDesk {
  const top = CreateBox("desk-top", { width: DESK.depth, depth: DESK.width, height: 0.05 }, scene);
  top.position.set(DESK.x, DESK.height - 0.025, DESK.z);
  const legs = [-1, 1].flatMap((sx) =>
    [-1, 1].map((sz) => {
      const leg = CreateBox("desk-leg", { width: 0.06, depth: 0.06, height: DESK.height - 0.05 }, scene);
      leg.position.set(
        DESK.x + sx * (DESK.depth / 2 - 0.06),
        (DESK.height - 0.05) / 2,
        DESK.z + sz * (DESK.width / 2 - 0.06),
      );
      return leg;
    }),
  );
  const desk = Mesh.MergeMeshes([top, ...legs], true)!;
  desk.name = "studio-desk";
  desk.material = material(scene, "desk-wood", "#5a3b24");
  desk.freezeWorldMatrix();

  const paperTex = new DynamicTexture("paper", TEXTURE_PX, scene, true);
  flatSheet(scene, "studio-paper", PAPER.x, PAPER.z, PAPER.size, paperTex);
  const modelTex = new DynamicTexture("model-sheet", TEXTURE_PX, scene, true);
  flatSheet(scene, "studio-model-sheet", PAPER.x, PAPER.z - 0.55, 0.42, modelTex);

  // The brush: a bamboo handle and a dark tip, lying on the desk to the right of the paper.
  const handle = CreateCylinder("brush-handle", { height: 0.22, diameter: 0.014, tessellation: 10 }, scene);
  const tip = CreateCylinder(
    "brush-tip",
    { height: 0.05, diameterTop: 0.016, diameterBottom: 0.001, tessellation: 10 },
    scene,
  );
  tip.position.y = -0.135;
  const brush = Mesh.MergeMeshes([handle, tip], true, true, undefined, false, true)!;
  brush.name = "studio-brush";
  brush.rotation.x = Math.PI / 2;
  brush.position.set(PAPER.x + 0.05, DESK.height + 0.012, PAPER.z + 0.4);
  brush.freezeWorldMatrix();

  const stone = CreateBox("studio-ink-stone", { width: 0.14, depth: 0.22, height: 0.03 }, scene);
  stone.position.set(PAPER.x - 0.05, DESK.height + 0.015, PAPER.z + 0.62);
  stone.material = material(scene, "ink-stone", "#2b2a2a");
  stone.freezeWorldMatrix();

  return {
    showSheet(sheet) {
      const g = paperTex.getContext();
      g.drawImage(sheet, 0, 0, TEXTURE_PX, TEXTURE_PX);
      paperTex.update();
    },
    showModel(data, lines) {
      const g = modelTex.getContext() as CanvasRenderingContext2D;
      g.fillStyle = "#f1e6cc";
      g.fillRect(0, 0, TEXTURE_PX, TEXTURE_PX);
      if (data) {
        const k = (TEXTURE_PX * 0.62) / 1024;
        g.save();
        g.setTransform(k, 0, 0, -k, TEXTURE_PX * 0.19, 900 * k + 10);
        g.fillStyle = "#1a1612";
        for (const d of data.strokes) g.fill(new Path2D(d));
        g.restore();
      }
      g.fillStyle = "#3a2a1c";
      g.font = "22px 'Noto Sans SC', sans-serif";
      lines.slice(0, 4).forEach((line, i) => g.fillText(line.slice(0, 40), 12, TEXTURE_PX * 0.72 + i * 30));
      modelTex.update();
    },
    paperPoint: (p) => paperGridPoint(p),
  };
}
