// The landmark kit's few shared materials, with textures drawn in the page (nothing is fetched).
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import type { Scene } from "@babylonjs/core/scene";
import type { KitMaterial } from "./kit/landmarkParts";

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

/** One window bay of one floor, white where the wall is so the vertex colour gives each building its stone. */
function drawWindowBay(ctx: CanvasRenderingContext2D, s: number): void {
  ctx.fillStyle = "#f2f0ea";
  ctx.fillRect(0, 0, s, s);
  // Faint joints of ashlar courses.
  ctx.strokeStyle = "rgba(0,0,0,0.06)";
  ctx.lineWidth = 2;
  for (let y = s / 4; y < s; y += s / 4) {
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(s, y);
    ctx.stroke();
  }
  const w = s * 0.44;
  const h = s * 0.56;
  const x = (s - w) / 2;
  const y = s * 0.2; // canvas y grows down, texture v grows up: the window sits a little above mid-floor
  ctx.fillStyle = "#cfc9bb";
  ctx.fillRect(x - s * 0.05, y - s * 0.05, w + s * 0.1, h + s * 0.1); // surround
  ctx.fillStyle = "#2f3a44";
  ctx.fillRect(x, y, w, h); // glass
  ctx.fillStyle = "#5d6b76";
  ctx.fillRect(x, y, w, h * 0.18); // sky reflected in the upper panes
  ctx.fillStyle = "#e8e4da";
  ctx.fillRect(x + w / 2 - s * 0.012, y, s * 0.024, h); // mullion
  ctx.fillRect(x, y + h * 0.38, w, s * 0.02); // transom
  ctx.fillStyle = "#bdb6a6";
  ctx.fillRect(x - s * 0.07, y + h + s * 0.04, w + s * 0.14, s * 0.04); // sill
}

function drawClock(ctx: CanvasRenderingContext2D, s: number): void {
  const c = s / 2;
  ctx.fillStyle = "#3b3a36";
  ctx.fillRect(0, 0, s, s);
  ctx.fillStyle = "#f4efe1";
  ctx.beginPath();
  ctx.arc(c, c, s * 0.46, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = "#1c1c1c";
  for (let i = 0; i < 60; i++) {
    const a = (i / 60) * Math.PI * 2;
    const inner = i % 5 === 0 ? 0.34 : 0.4;
    ctx.lineWidth = i % 5 === 0 ? s * 0.022 : s * 0.008;
    ctx.beginPath();
    ctx.moveTo(c + Math.sin(a) * s * inner, c - Math.cos(a) * s * inner);
    ctx.lineTo(c + Math.sin(a) * s * 0.44, c - Math.cos(a) * s * 0.44);
    ctx.stroke();
  }
  const hand = (turns: number, len: number, width: number) => {
    const a = turns * Math.PI * 2;
    ctx.lineWidth = width;
    ctx.lineCap = "round";
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.lineTo(c + Math.sin(a) * s * len, c - Math.cos(a) * s * len);
    ctx.stroke();
  };
  hand(3.25 / 12, 0.24, s * 0.03); // a quarter past three, an afternoon on the Bund
  hand(15 / 60, 0.36, s * 0.018);
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

export type KitMaterials = Record<KitMaterial, StandardMaterial> & {
  ground: StandardMaterial;
  /** For other materials that should share the kit's one shader program: it needs a diffuse texture. */
  textures: { speckle: DynamicTexture; plain: DynamicTexture };
};

export function createKitMaterials(scene: Scene): KitMaterials {
  const make = (name: string, specular: number) => {
    const m = new StandardMaterial(name, scene);
    m.specularColor = new Color3(specular, specular, specular);
    m.diffuseColor = new Color3(1, 1, 1);
    return m;
  };
  // Every kit material has a diffuse texture and vertex colours, so all share one compiled shader program.
  const speckle = canvasTexture("speckle", 128, scene, drawPaving);
  const facade = make("kit-facade", 0.08);
  facade.diffuseTexture = canvasTexture("window-bay", 256, scene, drawWindowBay);
  const stone = make("kit-stone", 0.05);
  stone.diffuseTexture = speckle;
  const roof = make("kit-roof", 0.25);
  roof.specularPower = 24;
  roof.diffuseTexture = speckle;
  const clock = make("kit-clock", 0.1);
  clock.diffuseTexture = canvasTexture("clock-dial", 256, scene, drawClock);
  clock.emissiveColor = new Color3(0.15, 0.15, 0.14);
  const ground = make("ground", 0.02);
  ground.diffuseTexture = speckle;
  for (const m of [facade, stone, roof, clock, ground]) m.freeze();
  // Plain white: a material with it (and vertex colours) draws flat colour with the kit's compiled program.
  const plain = canvasTexture("plain", 4, scene, (ctx, size) => {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, size, size);
  });
  return { facade, stone, roof, clock, ground, textures: { speckle, plain } };
}
