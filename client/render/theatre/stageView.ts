// The theatre in Babylon: the stage's merged buffers as three frozen meshes (solid, carpet, couplet boards), and
// the two performers as nodes whose limbs `show` moves from the choreography's poses each frame: six meshes a
// performer (body, two arms, two water sleeves, the fan), all sharing one vertex-coloured material.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode";
import type { Scene } from "@babylonjs/core/scene";
import type { PerformerPose, PerformerRole } from "../../../common/theatre/choreography";
import { facingToYawDeg, STAGE, STAGE_COUPLET, stageToScene } from "../../../common/theatre/stageLayout";
import { DEG } from "../../../common/measures";
import { fontsFor, TITLE_SC, TITLE_STACK } from "../../ui/webFonts";
import { meshFromBuffer } from "../landmarkMeshes";
import { buildFigureBuffers } from "./performerParts";
import { limbsOf } from "./performerPose";
import { buildStageBuffers } from "./stageParts";

export interface StageView {
  /** Places and poses the performers (poses from `poseAt`). */
  show(poses: readonly PerformerPose[]): void;
  /** The performers' world positions as drawn (for tests and the automation handle). */
  performers(): { role: PerformerRole; x: number; z: number; yawDeg: number }[];
}

function vertexColourMaterial(scene: Scene, name: string, specular = 0.06): StandardMaterial {
  const m = new StandardMaterial(name, scene);
  m.diffuseColor = new Color3(1, 1, 1);
  m.specularColor = new Color3(specular, specular, specular);
  return m;
}

/** The couplet atlas: gold characters on black lacquer, one line in each half, read top to bottom. */
function drawCouplet(tex: DynamicTexture): void {
  const ctx = tex.getContext() as unknown as CanvasRenderingContext2D;
  const { width, height } = tex.getSize();
  ctx.fillStyle = "#1b1411";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#d9b25f";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const px = Math.floor(width / 2 - 16);
  ctx.font = `${px}px ${TITLE_STACK}`;
  [STAGE_COUPLET.upper, STAGE_COUPLET.lower].forEach((line, half) => {
    const chars = [...line];
    const step = height / chars.length;
    chars.forEach((ch, i) => ctx.fillText(ch, (half + 0.5) * (width / 2), step * (i + 0.5)));
  });
  tex.update(true);
}

function buildStage(scene: Scene): Mesh[] {
  const b = buildStageBuffers();
  const solid = meshFromBuffer("theatre-stage", b.solid, scene);
  solid.material = vertexColourMaterial(scene, "theatre-wood");
  const carpet = meshFromBuffer("theatre-carpet", b.carpet, scene);
  const carpetMaterial = vertexColourMaterial(scene, "theatre-carpet", 0);
  carpet.material = carpetMaterial;
  const boards = meshFromBuffer("theatre-couplet", b.boards, scene);
  const tex = new DynamicTexture("theatre-couplet", { width: 256, height: 1024 }, scene, true);
  drawCouplet(tex);
  const wait = fontsFor(STAGE_COUPLET.upper + STAGE_COUPLET.lower, TITLE_SC);
  wait?.then(
    () => tex.getInternalTexture() && drawCouplet(tex),
    () => undefined,
  );
  const boardMaterial = new StandardMaterial("theatre-couplet", scene);
  boardMaterial.diffuseTexture = tex;
  boardMaterial.emissiveColor = new Color3(0.35, 0.3, 0.25);
  boardMaterial.specularColor = new Color3(0.2, 0.2, 0.2);
  boards.material = boardMaterial;
  for (const m of [solid, carpet, boards]) {
    m.isPickable = false;
    m.freezeWorldMatrix();
  }
  return [solid, carpet, boards];
}

interface Performer {
  role: PerformerRole;
  root: TransformNode;
  shoulders: [TransformNode, TransformNode];
  sleeves: [Mesh, Mesh];
  fan: Mesh;
}

/** One performer: a body mesh and, per side, a shoulder node carrying the arm with its sleeve (one mesh per arm);
 *  the fan in the right hand. All share one vertex-coloured material. */
function buildPerformer(scene: Scene, role: PerformerRole, material: StandardMaterial): Performer {
  const f = buildFigureBuffers(role);
  const root = new TransformNode(`performer-${role}`, scene);
  const body = meshFromBuffer(`performer-${role}-body`, f.body, scene);
  body.parent = root;
  const side = (sx: number, name: string): [TransformNode, Mesh] => {
    const shoulder = new TransformNode(`${name}-shoulder`, scene);
    shoulder.parent = root;
    shoulder.position.set(sx * f.shoulder.x, f.shoulder.y, 0);
    const arm = meshFromBuffer(`${name}-arm`, f.arm, scene);
    arm.parent = shoulder;
    const sleeve = meshFromBuffer(`${name}-sleeve`, f.sleeve, scene);
    sleeve.parent = shoulder;
    sleeve.position.y = -f.armLength;
    return [shoulder, sleeve];
  };
  const [left, leftSleeve] = side(-1, `performer-${role}-left`);
  const [right, rightSleeve] = side(1, `performer-${role}-right`);
  const fan = meshFromBuffer(`performer-${role}-fan`, f.fan, scene);
  fan.parent = right;
  fan.position.set(0, -f.armLength, 0.05);
  fan.rotation.x = Math.PI; // the fan points on along the arm
  for (const m of [body, leftSleeve, rightSleeve, fan, ...[left, right].flatMap((s) => s.getChildMeshes())]) {
    m.material = material;
    m.isPickable = false;
  }
  return { role, root, shoulders: [left, right], sleeves: [leftSleeve, rightSleeve], fan };
}

export function buildStageView(scene: Scene, roles: readonly PerformerRole[]): StageView {
  buildStage(scene);
  const material = vertexColourMaterial(scene, "theatre-performers", 0.1);
  const performers = roles.map((r) => buildPerformer(scene, r, material));
  return {
    show(poses) {
      for (const pose of poses) {
        const p = performers.find((x) => x.role === pose.role);
        if (!p) continue;
        const at = stageToScene(pose.x, pose.z);
        p.root.position.set(at.x, STAGE.height + 0.012, at.z);
        p.root.rotation.y = facingToYawDeg(pose.facing) * DEG;
        const l = limbsOf(pose);
        // The shoulders turn about x (forward lift) and z (out to the side); left and right mirror in z.
        p.shoulders[0].rotation.set(l.left.lift, 0, -l.left.spread);
        p.shoulders[1].rotation.set(l.right.lift, 0, l.right.spread);
        for (const s of p.sleeves) s.scaling.y = 0.2 + 0.8 * l.sleeveOut;
        p.fan.scaling.x = 0.08 + 0.92 * l.fanOpen;
      }
    },
    performers: () =>
      performers.map((p) => ({
        role: p.role,
        x: p.root.position.x,
        z: p.root.position.z,
        yawDeg: p.root.rotation.y / DEG,
      })),
  };
}
