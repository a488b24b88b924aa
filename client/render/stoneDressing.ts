// The façades' granite and brick, put on after the first frame: the first frame draws the kit's plain walls (one shader
// program, no texture made at load); then the kit's pixels (kit/stoneTextures.ts) become textures with normal maps on
// new wall, brick and stone materials, whose shader is compiled for every mesh before any mesh changes to them, so
// no building blinks out while it compiles. Loaded lazily with what follows the first frame.
import { Constants } from "@babylonjs/core/Engines/constants";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { RawTexture } from "@babylonjs/core/Materials/Textures/rawTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Scene } from "@babylonjs/core/scene";
import type { FacadeKit } from "./kit/facadeKit";
import type { Pixels } from "./kit/stoneTextures";
import type { KitMaterials } from "./materials";

/** A tiling texture from the kit's pixels: their rows run bottom-up, as a raw texture uploads them unflipped. */
function stoneTexture(name: string, data: Uint8Array, size: number, scene: Scene): RawTexture {
  const tex = new RawTexture(
    data,
    size,
    size,
    Constants.TEXTUREFORMAT_RGBA,
    scene,
    true,
    false,
    Texture.TRILINEAR_SAMPLINGMODE,
  );
  tex.name = name;
  tex.wrapU = Texture.WRAP_ADDRESSMODE;
  tex.wrapV = Texture.WRAP_ADDRESSMODE;
  tex.anisotropicFilteringLevel = 8;
  return tex;
}

/** The plain material's copy (same name and colours) with albedo and normal map: relief without a triangle more. */
function dressed(plain: StandardMaterial, name: string, pixels: Pixels, bump: number, scene: Scene): StandardMaterial {
  const m = new StandardMaterial(plain.name, scene);
  m.diffuseColor = plain.diffuseColor.clone();
  m.specularColor = plain.specularColor.clone();
  m.diffuseTexture = stoneTexture(`${name}-albedo`, pixels.albedo, pixels.size, scene);
  const normal = stoneTexture(`${name}-normal`, pixels.normal, pixels.size, scene);
  normal.level = bump;
  m.bumpTexture = normal;
  return m;
}

/** Lets a frame be drawn between two pieces of work, so the page keeps moving while the textures are made. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

const DRESS = [
  { key: "facade", name: "granite-bay", pixels: (k: FacadeKit) => k.textures.ashlar(), bump: 0.9 },
  { key: "brick", name: "brick-bay", pixels: (k: FacadeKit) => k.textures.brick(), bump: 0.8 },
  { key: "stone", name: "granite", pixels: (k: FacadeKit) => k.textures.granite(), bump: 0.6 },
] as const;

/**
 * Dresses the kit's walls and stone in the façade kit's granite and brick. Resolves once every mesh that drew a plain
 * one draws the dressed one (or at once, with nothing changed, if the scene was left meanwhile).
 */
export async function dressFacades(materials: KitMaterials, facades: FacadeKit, scene: Scene): Promise<void> {
  const made: { plain: StandardMaterial; dress: StandardMaterial; meshes: AbstractMesh[] }[] = [];
  for (const d of DRESS) {
    await breathe();
    if (scene.isDisposed) return;
    const plain = materials[d.key];
    made.push({
      plain,
      dress: dressed(plain, d.name, d.pixels(facades), d.bump, scene),
      meshes: scene.meshes.filter((m) => m.material === plain),
    });
  }
  // Compiled for each mesh (disabled ones too: the other period layer's), then frozen like the plain ones.
  await Promise.all(made.flatMap(({ dress, meshes }) => meshes.map((mesh) => dress.forceCompilationAsync(mesh))));
  if (scene.isDisposed) return;
  for (const { plain, dress, meshes } of made) {
    dress.freeze();
    for (const mesh of meshes) mesh.material = dress;
    const key = DRESS.find((d) => materials[d.key] === plain)!.key;
    materials[key] = dress;
    plain.dispose(false, false); // its textures (plain, speckle) are shared with other materials
  }
}
