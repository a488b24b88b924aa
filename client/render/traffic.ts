// The street's traffic on the move: trams, cars, rickshaws and sampans in one mesh whose vertex shader carries each
// along its row (a per-vertex velocity, loop and start, and one time uniform), so moving costs no CPU per frame
// and one draw call in all.
import { MaterialPluginBase } from "@babylonjs/core/Materials/materialPluginBase";
import { ShaderLanguage } from "@babylonjs/core/Materials/shaderLanguage";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import type { UniformBuffer } from "@babylonjs/core/Materials/uniformBuffer";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Scene } from "../../common/scene";
import { bakeSkyOcclusion } from "./kit/skyLight";
import { trafficBuffer } from "./kit/streetLifeParts";
import { meshFromBuffer } from "./landmarkMeshes";
import type { KitMaterials } from "./materials";

/** The vertex attribute: (vx, vz, loop, s), see trafficBuffer. */
export const TRAVEL = "travel";
/** Time runs round every hour, so the shader's float keeps centimetre precision however long a visit lasts. */
const PERIOD_S = 3600;

class TravelPlugin extends MaterialPluginBase {
  /** Seconds, set once a frame. */
  time = 0;

  constructor(material: StandardMaterial) {
    super(material, "Travel", 200, { TRAVEL: false });
    this._enable(true);
  }

  override getClassName(): string {
    return "TravelPlugin";
  }

  override isCompatible(language: ShaderLanguage): boolean {
    return language === ShaderLanguage.GLSL;
  }

  override prepareDefines(defines: Record<string, unknown>, _scene: BabylonScene, mesh: AbstractMesh): void {
    defines.TRAVEL = mesh.isVerticesDataPresent(TRAVEL);
  }

  override getAttributes(attributes: string[], _scene: BabylonScene, mesh: AbstractMesh): void {
    if (mesh.isVerticesDataPresent(TRAVEL)) attributes.push(TRAVEL);
  }

  override getUniforms() {
    return {
      ubo: [{ name: "travelTime", size: 1, type: "float" }],
      vertex: "#ifdef TRAVEL\nuniform float travelTime;\n#endif\n",
    };
  }

  override bindForSubMesh(ubo: UniformBuffer): void {
    ubo.updateFloat("travelTime", this.time);
  }

  override getCustomCode(shaderType: string): Record<string, string> | null {
    if (shaderType !== "vertex") return null;
    return {
      CUSTOM_VERTEX_DEFINITIONS: `#ifdef TRAVEL\nattribute vec4 ${TRAVEL};\n#endif\n`,
      CUSTOM_VERTEX_UPDATE_POSITION: `#ifdef TRAVEL
float travelSpeed = length(${TRAVEL}.xy);
if (travelSpeed > 0.0) {
  float travelAlong = mod(${TRAVEL}.w + travelSpeed * travelTime, ${TRAVEL}.z);
  positionUpdated.xz += ${TRAVEL}.xy / travelSpeed * (travelAlong - ${TRAVEL}.w);
}
#endif
`,
    };
  }
}

export interface Traffic {
  mesh: Mesh;
  /** How many vehicles and boats travel. */
  count: number;
  /** Moves everything on to `now` ms (the frame loop's present phase). */
  move(now: number): void;
}

/** The travelling rows of the scene's street life, or null when nothing travels. */
export function addTraffic(data: Scene, materials: KitMaterials, scene: BabylonScene): Traffic | null {
  const { buffer, travel, count } = trafficBuffer(data.streetLife);
  if (buffer.triangleCount === 0) return null;
  bakeSkyOcclusion(buffer, 0.7, 4);
  const mesh = meshFromBuffer("traffic", buffer, scene);
  mesh.setVerticesData(TRAVEL, travel, false, 4);
  // The kit's stone look (its speckle, vertex colours) in a material of its own: only this one moves vertices. (Not
  // a clone of the stone: cloning copies its canvas texture as a new, never-drawn one that is never ready.)
  const mat = new StandardMaterial("traffic", scene);
  mat.diffuseColor = materials.stone.diffuseColor.clone();
  mat.specularColor = materials.stone.specularColor.clone();
  mat.diffuseTexture = materials.textures.speckle;
  const plugin = new TravelPlugin(mat);
  mesh.material = mat;
  mesh.isPickable = false;
  // Its vehicles leave the bounding box their first positions make: never cull it on that box.
  mesh.alwaysSelectAsActiveMesh = true;
  mesh.freezeWorldMatrix();
  mesh.metadata = { traffic: count };
  return {
    mesh,
    count,
    move: (now) => {
      plugin.time = (now / 1000) % PERIOD_S;
    },
  };
}
