// A hall's wall texts in Babylon: its title and introduction, and its numbered section names, in Chinese and English
// together as a museum's walls carry them; one texture, one mesh, drawn again once the Chinese faces arrive.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { LocalizedText } from "../../../common/sceneParts";
import type { Scene } from "../../../common/scene";
import { fontsFor, TEXT_STACK, TITLE_SC, TITLE_STACK } from "../../ui/webFonts";
import { meshFromBuffer } from "../landmarkMeshes";
import { ATLAS_W, atlasHeight, INTRO_H, planWallTexts, TILE_H, TILE_W, type WallTextDisplay } from "./wallTextLayout";

const INK = "#f3e7c9";
const GROUND = "#27221e";
const GOLD = "#b8955a";

type Ctx = CanvasRenderingContext2D;

/** Words (or, for Chinese, characters) laid into lines no wider than `width`. */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const units = /[\u3000-\u9fff]/.test(text) ? [...text] : text.split(/(?<= )/);
  const lines: string[] = [];
  let line = "";
  for (const u of units) {
    if (line && ctx.measureText(line + u).width > width) {
      lines.push(line.trimEnd());
      line = u.trimStart();
    } else line += u;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** Text squeezed horizontally if it would overrun `width`. */
function fitText(ctx: Ctx, text: string, x: number, y: number, width: number): void {
  const scale = Math.min(1, width / Math.max(1, ctx.measureText(text).width));
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, 1);
  ctx.fillText(text, 0, 0);
  ctx.restore();
}

function drawIntro(ctx: Ctx, name: LocalizedText, description: LocalizedText): void {
  ctx.fillStyle = GROUND;
  ctx.fillRect(0, 0, ATLAS_W, INTRO_H);
  ctx.fillStyle = GOLD;
  ctx.fillRect(40, 200, ATLAS_W - 80, 3);
  ctx.fillStyle = INK;
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  const col = ATLAS_W / 2 - 100;
  ctx.font = `120px ${TITLE_STACK}`;
  fitText(ctx, name.zh, 60, 165, col);
  ctx.font = `bold 84px ${TEXT_STACK}`;
  fitText(ctx, name.en, ATLAS_W / 2 + 40, 160, col);
  ctx.font = `40px ${TEXT_STACK}`;
  wrap(ctx, description.zh, col)
    .slice(0, 6)
    .forEach((l, i) => ctx.fillText(l, 60, 270 + i * 54));
  ctx.font = `36px ${TEXT_STACK}`;
  wrap(ctx, description.en, col)
    .slice(0, 6)
    .forEach((l, i) => ctx.fillText(l, ATLAS_W / 2 + 40, 268 + i * 46));
}

function drawSection(ctx: Ctx, index: number, name: LocalizedText): void {
  const x = (index % 2) * TILE_W;
  const y = INTRO_H + Math.floor(index / 2) * TILE_H;
  ctx.fillStyle = GROUND;
  ctx.fillRect(x, y, TILE_W, TILE_H);
  // The number in walking order, in a gold disc: the route through the hall.
  ctx.fillStyle = GOLD;
  ctx.beginPath();
  ctx.arc(x + 110, y + TILE_H / 2, 72, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = GROUND;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.font = `bold 84px ${TEXT_STACK}`;
  ctx.fillText(String(index + 1), x + 110, y + TILE_H / 2 + 4);
  ctx.fillStyle = INK;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.font = `bold 76px ${TEXT_STACK}`;
  fitText(ctx, name.zh, x + 215, y + 118, TILE_W - 250);
  ctx.font = `44px ${TEXT_STACK}`;
  fitText(ctx, name.en, x + 215, y + 200, TILE_W - 250);
}

export interface WallTexts {
  mesh: Mesh;
  sections: LocalizedText[];
  signs: number;
}

/** The hall's wall texts, or null when it has neither sections nor a wall facing its entrance. */
export function addWallTexts(data: Scene, displays: readonly WallTextDisplay[], scene: BabylonScene): WallTexts | null {
  const plan = planWallTexts(data, displays);
  if (plan.quads.triangleCount === 0) return null;
  const height = atlasHeight(plan.sections.length);
  const tex = new DynamicTexture("wall-texts", { width: ATLAS_W, height }, scene, true, Texture.TRILINEAR_SAMPLINGMODE);
  const draw = () => {
    const ctx = tex.getContext() as unknown as Ctx;
    drawIntro(ctx, data.name, data.description);
    plan.sections.forEach((s, i) => drawSection(ctx, i, s));
    tex.update(true);
  };
  draw();
  const zh = [data.description.zh, ...plan.sections.map((s) => s.zh)].join("");
  const waits = [fontsFor(zh), fontsFor(data.name.zh, TITLE_SC)].filter((p) => p !== null);
  if (waits.length)
    Promise.all(waits).then(
      () => tex.getInternalTexture() && draw(), // (not once the hall is gone)
      () => undefined, // the system's faces stay
    );
  const mat = new StandardMaterial("wall-texts", scene);
  mat.diffuseTexture = tex;
  // Lit from within, as a gallery's printed panels are lit by their own lamps: legible in a dark room.
  mat.disableLighting = true;
  mat.emissiveColor = new Color3(0.92, 0.92, 0.92);
  mat.specularColor = Color3.Black();
  const mesh = meshFromBuffer("wall-texts", plan.quads, scene);
  mesh.material = mat;
  mesh.isPickable = false;
  mesh.freezeWorldMatrix();
  return { mesh, sections: plan.sections, signs: plan.signs };
}
