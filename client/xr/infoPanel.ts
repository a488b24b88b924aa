// The landmark card in VR: a readable panel floating in front of the visitor, in their language, closed by its
// button or by walking away.
import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture";
import { Button } from "@babylonjs/gui/2D/controls/button";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Landmark } from "../../common/landmark";
import type { Lang } from "../../common/sceneParts";

const WALK_AWAY_METRES = 6;

export interface XrInfoPanel {
  show(landmark: Landmark, lang: Lang, head: Vector3, yaw: number): void;
  hide(): void;
  shown(): string | null;
  /** Closes the panel once the visitor has walked away from it. */
  follow(head: Vector3): void;
}

export function createXrInfoPanel(scene: BabylonScene, labels: { close: (lang: Lang) => string; years: (l: Landmark, lang: Lang) => string }): XrInfoPanel {
  let plane: Mesh | null = null;
  let texture: AdvancedDynamicTexture | null = null;
  let current: string | null = null;
  const hide = () => {
    texture?.dispose();
    plane?.dispose();
    plane = null;
    texture = null;
    current = null;
  };
  const text = (value: string, size: number, bold = false) => {
    const t = new TextBlock();
    t.text = value;
    t.color = "#1f1b16";
    t.fontSize = size;
    t.fontWeight = bold ? "bold" : "normal";
    t.fontFamily = 'system-ui, "Noto Sans CJK SC", sans-serif';
    t.textWrapping = true;
    t.resizeToFit = true;
    t.paddingBottom = "12px";
    return t;
  };
  return {
    show(l, lang, head, yaw) {
      hide();
      current = l.id;
      // 1.2 m ahead at eye height, turned to face the visitor: close enough to read, far enough to take in.
      plane = CreatePlane(`xr-card-${l.id}`, { width: 1.0, height: 0.8 }, scene);
      plane.position = new Vector3(head.x + Math.sin(yaw) * 1.2, head.y - 0.1, head.z + Math.cos(yaw) * 1.2);
      plane.rotation.y = yaw;
      texture = AdvancedDynamicTexture.CreateForMesh(plane, 1000, 800);
      const card = new Rectangle();
      card.background = "#f7f2e7";
      card.cornerRadius = 24;
      card.thickness = 0;
      const stack = new StackPanel();
      stack.paddingLeft = stack.paddingRight = stack.paddingTop = "36px";
      stack.addControl(text(l.name[lang], 56, true));
      stack.addControl(text(labels.years(l, lang), 34, true));
      stack.addControl(text(l.description[lang], 30));
      stack.addControl(text(l.fate[lang], 30));
      const close = Button.CreateSimpleButton(`xr-card-close`, labels.close(lang));
      close.width = "260px";
      close.height = "80px";
      close.color = "white";
      close.background = "#8c2f1c";
      close.cornerRadius = 12;
      close.fontSize = 34;
      close.onPointerUpObservable.add(() => hide());
      stack.addControl(close);
      card.addControl(stack);
      texture.addControl(card);
    },
    hide,
    shown: () => current,
    follow(head) {
      if (plane && Vector3.Distance(head, plane.position) > WALK_AWAY_METRES) hide();
    },
  };
}
