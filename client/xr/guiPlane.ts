// A flat GUI surface floating in front of the visitor in VR (the reading panel and the comfort menu), and where on
// it a control sits in the world, so rays (and tests) can aim at a button.
import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture";
import type { Control } from "@babylonjs/gui/2D/controls/control";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import { TEXT_STACK } from "../ui/webFonts";

export const GUI_FONT = TEXT_STACK;
/** A GUI surface's pixels per metre: 1000 px a metre reads crisply at arm's length. */
const PX_PER_M = 1000;

export interface GuiPlane {
  plane: Mesh;
  texture: AdvancedDynamicTexture;
  /** The world point at the centre of a control (after the texture has laid it out). */
  pointOf(control: Control): { x: number; y: number; z: number };
  dispose(): void;
}

/** Is this mesh one of the VR GUI surfaces (rays show over them, like over something to read)? */
export function isGuiPlane(mesh: AbstractMesh): boolean {
  return (mesh.metadata as { xrGui?: boolean } | null)?.xrGui === true;
}

/** A plane `distance` metres ahead of the head along heading `yaw`, `drop` metres below the eyes, turned to face it. */
export function createGuiPlane(
  scene: BabylonScene,
  name: string,
  size: { width: number; height: number },
  at: { head: Vector3; yaw: number; distance: number; drop: number },
): GuiPlane {
  const plane = CreatePlane(name, size, scene);
  plane.metadata = { xrGui: true };
  plane.position = new Vector3(
    at.head.x + Math.sin(at.yaw) * at.distance,
    at.head.y - at.drop,
    at.head.z + Math.cos(at.yaw) * at.distance,
  );
  plane.rotation.y = at.yaw;
  const w = Math.round(size.width * PX_PER_M);
  const h = Math.round(size.height * PX_PER_M);
  const texture = AdvancedDynamicTexture.CreateForMesh(plane, w, h);
  return {
    plane,
    texture,
    pointOf(control) {
      // Texture pixels run right and down from the top-left corner; the plane's local x runs right, y up.
      const local = new Vector3((control.centerX / w - 0.5) * size.width, (0.5 - control.centerY / h) * size.height, 0);
      const p = Vector3.TransformCoordinates(local, plane.computeWorldMatrix(true));
      return { x: p.x, y: p.y, z: p.z };
    },
    dispose() {
      texture.dispose();
      plane.dispose();
    },
  };
}

/** Wrapped text in the panels' ink and font. */
export function guiText(value: string, size: number, bold = false): TextBlock {
  const t = new TextBlock();
  t.text = value;
  t.color = "#1f1b16";
  t.fontSize = size;
  t.fontWeight = bold ? "bold" : "normal";
  t.fontFamily = GUI_FONT;
  t.textWrapping = true;
  t.resizeToFit = true;
  t.paddingBottom = "12px";
  return t;
}
