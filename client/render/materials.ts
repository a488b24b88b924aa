// The landmark kit's few shared materials, with textures drawn in the page (nothing is fetched): plain white walls and
// the paving's speckle, all in one shader program, which is what the first frame draws; on the Bund the walls and the
// stone are dressed in granite and brick with normal maps right after it (stoneDressing.ts).
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import type { Scene } from "@babylonjs/core/scene";
import type { KitMaterial } from "./kit/landmarkParts";
import type { FacadeKit } from "./kit/facadeKit";

function canvasTexture(
  name: string,
  size: number,
  scene: Scene,
  draw: (ctx: CanvasRenderingContext2D, size: number) => void,
): DynamicTexture {
  const tex = new DynamicTexture(name, { width: size, height: size }, scene, true, Texture.TRILINEAR_SAMPLINGMODE);
  draw(tex.getContext() as unknown as CanvasRenderingContext2D, size);
  tex.update(true);
  tex.wrapU = Texture.WRAP_ADDRESSMODE;
  tex.wrapV = Texture.WRAP_ADDRESSMODE;
  tex.anisotropicFilteringLevel = 8;
  return tex;
}

/** A dial read from the street 60 m below: a dark surround, a bold chapter ring, heavy hour bars and hands. */
function drawClock(ctx: CanvasRenderingContext2D, s: number): void {
  const c = s / 2;
  ctx.fillStyle = "#3b3a36";
  ctx.fillRect(0, 0, s, s);
  ctx.fillStyle = "#f4efe1";
  ctx.beginPath();
  ctx.arc(c, c, s * 0.47, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = "#1c1c1c";
  ctx.lineWidth = s * 0.018;
  for (const r of [0.455, 0.3]) {
    ctx.beginPath();
    ctx.arc(c, c, s * r, 0, Math.PI * 2);
    ctx.stroke();
  }
  for (let i = 0; i < 60; i++) {
    const a = (i / 60) * Math.PI * 2;
    const hour = i % 5 === 0;
    const inner = hour ? 0.32 : 0.41;
    ctx.lineWidth = hour ? s * (i % 15 === 0 ? 0.05 : 0.034) : s * 0.01;
    ctx.beginPath();
    ctx.moveTo(c + Math.sin(a) * s * inner, c - Math.cos(a) * s * inner);
    ctx.lineTo(c + Math.sin(a) * s * 0.445, c - Math.cos(a) * s * 0.445);
    ctx.stroke();
  }
  const hand = (turns: number, len: number, width: number) => {
    const a = turns * Math.PI * 2;
    ctx.lineWidth = width;
    ctx.lineCap = "round";
    ctx.beginPath();
    ctx.moveTo(c - Math.sin(a) * s * 0.05, c + Math.cos(a) * s * 0.05);
    ctx.lineTo(c + Math.sin(a) * s * len, c - Math.cos(a) * s * len);
    ctx.stroke();
  };
  hand(3.25 / 12, 0.25, s * 0.045); // a quarter past three, an afternoon on the Bund
  hand(15 / 60, 0.38, s * 0.028);
  ctx.fillStyle = "#1c1c1c";
  ctx.beginPath();
  ctx.arc(c, c, s * 0.03, 0, Math.PI * 2);
  ctx.fill();
}

function drawPaving(ctx: CanvasRenderingContext2D, s: number): void {
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, s, s);
  // Deterministic speckle so stone and asphalt are not flat colour.
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 1400; i++) {
    const g = 215 + Math.floor(rand() * 40);
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.fillRect(rand() * s, rand() * s, 2 + rand() * 3, 2 + rand() * 3);
  }
  ctx.strokeStyle = "rgba(0,0,0,0.10)";
  ctx.lineWidth = 2;
  ctx.strokeRect(0, 0, s, s);
}

/** Mutable: dressing the façades after the first frame puts the dressed materials in place of the plain ones. */
export type KitMaterials = Record<KitMaterial, StandardMaterial> & {
  ground: StandardMaterial;
  /** For other materials that should share the kit's one shader program: it needs a diffuse texture. */
  textures: { speckle: DynamicTexture; plain: DynamicTexture };
};

/** With the façade kit (the Bund), the first frame's walls show their windows (the kit's small preview). */
export function createKitMaterials(scene: Scene, facades?: FacadeKit): KitMaterials {
  const make = (name: string, specular: number) => {
    const m = new StandardMaterial(name, scene);
    m.specularColor = new Color3(specular, specular, specular);
    m.diffuseColor = new Color3(1, 1, 1);
    return m;
  };
  // Every kit material has a diffuse texture and vertex colours, so one shader program draws them all in the first
  // frame (the walls and stone dressed after it share a second one, for their normal maps).
  const speckle = canvasTexture("speckle", 128, scene, drawPaving);
  const plain = canvasTexture("plain", 4, scene, (ctx, size) => {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, size, size);
  });
  const facade = make("kit-facade", 0.08);
  const brick = make("kit-brick", 0.04);
  const stone = make("kit-stone", 0.06);
  // Plain for the first frame; on the Bund the façades' granite and brick follow it (stoneDressing.ts).
  const walls = facades ? canvasTexture("window-preview", 64, scene, facades.drawWindowPreview) : plain;
  facade.diffuseTexture = walls;
  brick.diffuseTexture = walls;
  stone.diffuseTexture = speckle;
  const roof = make("kit-roof", 0.25);
  roof.specularPower = 24;
  roof.diffuseTexture = speckle;
  const clock = make("kit-clock", 0.1);
  clock.diffuseTexture = canvasTexture("clock-dial", 512, scene, drawClock);
  clock.emissiveColor = new Color3(0.15, 0.15, 0.14);
  const ground = make("ground", 0.02);
  ground.diffuseTexture = speckle;
  for (const m of [facade, brick, stone, roof, clock, ground]) m.freeze();
  return { facade, brick, stone, roof, clock, ground, textures: { speckle, plain } };
}
