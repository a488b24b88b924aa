// Sky, sunlight, fog, ground areas and water of a scene, drawn from its data in a few meshes.
import { DirectionalLight } from "@babylonjs/core/Lights/directionalLight";
import { HemisphericLight } from "@babylonjs/core/Lights/hemisphericLight";
import { FresnelParameters } from "@babylonjs/core/Materials/fresnelParameters";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3, Color4 } from "@babylonjs/core/Maths/math.color";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Scene } from "../../common/scene";
import { pointInPolygon } from "../../common/walkable";
import { clipToRect } from "./kit/clipPolygon";
import { MeshBuffer, frameOf, hexToRgb } from "./kit/MeshBuffer";
import { footprintOf } from "../../common/landmarkGeometry";
import { meshFromBuffer } from "./landmarkMeshes";
import type { KitMaterials } from "./materials";
import { DEG } from "../../common/measures";
import { flatPolygon } from "./kit/outlineShapes";
import { groundShadows, skyDomeBuffer, type Caster } from "./kit/skyLight";

const color3 = (hex: string) => new Color3(...hexToRgb(hex));

export function addLights(data: Scene, scene: BabylonScene): void {
  const env = data.environment;
  const hemi = new HemisphericLight("sky-light", new Vector3(0, 1, 0), scene);
  hemi.intensity = env.ambient.intensity;
  hemi.diffuse = color3(env.ambient.color);
  hemi.groundColor = color3(env.ambient.groundColor);
  hemi.specular = Color3.Black();
  const az = env.sun.azimuthDeg * DEG;
  const el = env.sun.elevationDeg * DEG;
  // The light travels from the sun's direction towards the ground.
  const towardsSun = new Vector3(Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el));
  const sun = new DirectionalLight("sun", towardsSun.scale(-1), scene);
  sun.intensity = env.sun.intensity;
  sun.diffuse = color3(env.sun.color);
  const horizon = color3(env.skyHorizon);
  scene.clearColor = new Color4(horizon.r, horizon.g, horizon.b, 1);
  scene.ambientColor = Color3.White();
  if (env.fog) {
    // Haze rather than a wall of fog: squared-exponential, thin across the promenade and thickening down the river,
    // 95% at the fog's end (e^-(density·end)² = 0.05). Halls keep the plain linear fog they were tuned with.
    if (data.ceiling) {
      scene.fogMode = BabylonScene.FOGMODE_LINEAR;
      scene.fogStart = env.fog.start;
      scene.fogEnd = env.fog.end;
    } else {
      scene.fogMode = BabylonScene.FOGMODE_EXP2;
      scene.fogDensity = Math.sqrt(-Math.log(0.05)) / env.fog.end;
    }
    scene.fogColor = color3(env.fog.color);
  }
}

/** The dome, hazy at the horizon and glowing round the sun, with the sun's disc; unlit and unfogged. */
export function addSky(data: Scene, scene: BabylonScene): Mesh {
  const sky = meshFromBuffer("sky", skyDomeBuffer(data.environment), scene);
  const mat = new StandardMaterial("sky", scene);
  mat.backFaceCulling = false;
  mat.disableLighting = true;
  mat.emissiveColor = Color3.White();
  mat.diffuseColor = Color3.Black();
  mat.fogEnabled = false;
  sky.material = mat;
  sky.infiniteDistance = true;
  sky.isPickable = false;
  sky.applyFog = false;
  return sky;
}

/** The land runs on past what visitors may walk, out to where the fog hides its edge. */
function landRect(data: Scene): { minX: number; minZ: number; maxX: number; maxZ: number } {
  const b = data.bounds;
  const m = data.environment.fog ? data.environment.fog.end : 1500;
  return { minX: b.minX - m, minZ: b.minZ - m, maxX: b.maxX + m, maxZ: b.maxZ + m };
}

/** Water polygons cut to the land's rectangle (a metre inside, so each is a proper hole in it). */
function clippedWater(data: Scene) {
  const r = landRect(data);
  return data.water
    .map((w) => ({ water: w, polygon: clipToRect(w.polygon, r.minX + 1, r.minZ + 1, r.maxX - 1, r.maxZ - 1) }))
    .filter((w) => w.polygon.length >= 3);
}

/**
 * All ground in one mesh: the land (with the water cut out of it), each ground area just above it,
 * and the quay walls that drop from the land to each water's surface.
 */
export function addGround(data: Scene, materials: KitMaterials, scene: BabylonScene): Mesh {
  const r = landRect(data);
  const buffer = new MeshBuffer();
  const water = clippedWater(data);
  const land: [number, number][] = [
    [r.minX, r.minZ],
    [r.maxX, r.minZ],
    [r.maxX, r.maxZ],
    [r.minX, r.maxZ],
  ];
  flatPolygon(
    buffer,
    land,
    -0.02,
    hexToRgb(data.ground.baseColor),
    3,
    water.map((w) => w.polygon),
  );
  const lift: Record<string, number> = { street: 0.0, pavement: 0.01, promenade: 0.015, quay: 0.015, lawn: 0.02 };
  for (const area of data.ground.areas)
    flatPolygon(buffer, area.polygon, lift[area.kind] ?? 0, hexToRgb(area.color), area.kind === "lawn" ? 1.5 : 3);
  const quay = hexToRgb("#8d857a");
  for (const { water: w, polygon } of water) {
    for (let i = 0; i < polygon.length; i++) {
      const [ax, az] = polygon[i];
      const [bx, bz] = polygon[(i + 1) % polygon.length];
      const len = Math.hypot(bx - ax, bz - az);
      if (len < 0.01) continue;
      // Facing into the water: whichever side of the edge the polygon's inside lies.
      const n: [number, number] = [-(bz - az) / len, (bx - ax) / len];
      const mx = (ax + bx) / 2 + n[0] * 0.05;
      const mz = (az + bz) / 2 + n[1] * 0.05;
      const inward = pointInPolygon(polygon, mx, mz) ? 1 : -1;
      buffer.face(
        [
          [ax, w.level - 0.5, az],
          [bx, w.level - 0.5, bz],
          [bx, 0, bz],
          [ax, 0, az],
        ],
        [n[0] * inward, 0, n[1] * inward],
        [
          [0, 0],
          [len / 3, 0],
          [len / 3, 0.4],
          [0, 0.4],
        ],
        quay,
      );
    }
  }
  const ground = meshFromBuffer("ground", buffer, scene);
  ground.material = materials.ground;
  ground.freezeWorldMatrix();
  ground.metadata = { walkable: true };
  return ground;
}

/** A tileable normal map of small ripples, computed in the page. */
function rippleNormals(scene: BabylonScene): DynamicTexture {
  const size = 128;
  const tex = new DynamicTexture("ripples", { width: size, height: size }, scene, true);
  const ctx = tex.getContext();
  const img = ctx.getImageData(0, 0, size, size);
  const h = (x: number, y: number) =>
    Math.sin(((x + y * 0.3) / size) * Math.PI * 2 * 3) +
    0.6 * Math.sin(((y - x * 0.5) / size) * Math.PI * 2 * 5) +
    0.3 * Math.sin(((x * 2 + y) / size) * Math.PI * 2 * 7);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = (h(x + 1, y) - h(x - 1, y)) * 0.5;
      const dy = (h(x, y + 1) - h(x, y - 1)) * 0.5;
      const n = new Vector3(-dx, -dy, 1).normalize();
      const i = (y * size + x) * 4;
      img.data[i] = (n.x * 0.5 + 0.5) * 255;
      img.data[i + 1] = (n.y * 0.5 + 0.5) * 255;
      img.data[i + 2] = (n.z * 0.5 + 0.5) * 255;
      img.data[i + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  tex.update(false);
  tex.wrapU = Texture.WRAP_ADDRESSMODE;
  tex.wrapV = Texture.WRAP_ADDRESSMODE;
  return tex;
}

/** Every body of water in one mesh, and how its ripples drift slowly downstream (once a frame, at `now` ms). */
export function addWater(data: Scene, scene: BabylonScene): { mesh: Mesh; flow(now: number): void } | null {
  if (data.water.length === 0) return null;
  const buffer = new MeshBuffer();
  for (const { water: w, polygon } of clippedWater(data)) flatPolygon(buffer, polygon, w.level, hexToRgb(w.color), 12);
  const water = meshFromBuffer("water", buffer, scene);
  const mat = new StandardMaterial("water", scene);
  mat.diffuseColor = Color3.White();
  mat.specularColor = new Color3(0.55, 0.55, 0.5);
  mat.specularPower = 96;
  const ripples = rippleNormals(scene);
  ripples.level = 0.6;
  mat.bumpTexture = ripples;
  // The sky in the water, cheaply: towards the horizon (grazing angles) the surface takes the sky's haze colour,
  // looking down it keeps the river's own; no reflection pass, no extra draw call.
  const sky = color3(data.environment.skyHorizon);
  mat.emissiveFresnelParameters = new FresnelParameters({
    leftColor: sky.scale(0.75),
    rightColor: Color3.Black(),
    bias: 0.05,
    power: 3,
  });
  water.material = mat;
  water.freezeWorldMatrix();
  water.isPickable = true;
  water.metadata = { water: true };
  const flow = (now: number) => {
    const t = now / 1000;
    ripples.vOffset = (t * 0.01) % 1; // the Huangpu flows north past the Bund
    ripples.uOffset = Math.sin(t * 0.1) * 0.02;
  };
  return { mesh: water, flow };
}

/** What casts a shadow on the ground: each building's (or model's) footprint, turned as it stands, and its height. */
function castersOf(data: Scene): Caster[] {
  const out: Caster[] = [];
  for (const l of data.landmarks) {
    const shape = l.shape;
    if (shape.kind !== "building" && shape.kind !== "model") continue;
    const f = frameOf(l.position.x, l.position.z, l.facingDeg);
    const { width: w, depth: d } = footprintOf(shape);
    const corners = [
      [-w / 2, -d / 2],
      [w / 2, -d / 2],
      [w / 2, d / 2],
      [-w / 2, d / 2],
    ].map(([x, z]) => [f.ox + x * f.cos + z * f.sin, f.oz - x * f.sin + z * f.cos] as const);
    const setbacks = shape.kind === "building" ? shape.setbacks.reduce((h, s) => h + s.height, 0) : 0;
    out.push({ corners, height: shape.height + setbacks });
  }
  return out;
}

/** The buildings' shadows on the ground, baked from the sun's direction into one translucent mesh (no shadow map). */
export function addGroundShadows(data: Scene, scene: BabylonScene): Mesh | null {
  const buffer = groundShadows(castersOf(data), data.environment.sun);
  if (buffer.vertexCount === 0) return null;
  const mesh = meshFromBuffer("ground-shadows", buffer, scene);
  const mat = new StandardMaterial("ground-shadows", scene);
  mat.disableLighting = true;
  mat.diffuseColor = Color3.Black();
  mat.emissiveColor = Color3.Black();
  mat.specularColor = Color3.Black();
  mat.alpha = 0.3;
  mat.backFaceCulling = false;
  mat.zOffset = -2; // over the ground areas it lies on, at any distance
  mesh.material = mat;
  mesh.isPickable = false;
  mesh.freezeWorldMatrix();
  return mesh;
}
