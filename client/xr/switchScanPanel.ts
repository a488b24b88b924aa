// One switch in VR: the choice on offer, on a panel that stays in view a little below the eyes (it comes round after
// the head when the head has turned away by more than SWING_DEG, so it does not swim with every small movement), and
// what presses the switch (A on the right controller or X on the left: whichever hand the visitor can use).
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock";
import type { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang } from "../../common/sceneParts";
import { createGuiPlane, guiText, type GuiPlane } from "./guiPlane";
import { xrText } from "./xrStrings";

/** What the scan offers now (client/app/switchWiring.ts), or null when one-switch mode is off. */
export type ScanReport = { choices: string[]; offered: number } | null;

const SWING_DEG = 25;
const DISTANCE_M = 1.3;
/** 0.45 m below the eyes at 1.3 m: about 19° down, where the eyes rest when reading. */
const DROP_M = 0.45;
const MOVED_M = 0.5;

export interface SwitchScanPanel {
  /** Once a frame in VR: shows the choice on offer (or nothing), kept in view. */
  update(report: ScanReport, head: Vector3, yaw: number, lang: Lang): void;
  hide(): void;
  /** The text shown now, or null. */
  shown(): string | null;
}

export function createSwitchScanPanel(scene: BabylonScene): SwitchScanPanel {
  let gui: GuiPlane | null = null;
  let line: TextBlock | null = null;
  let hint: TextBlock | null = null;
  let at: { x: number; z: number; yaw: number } | null = null;
  let text: string | null = null;
  const hide = () => {
    gui?.dispose();
    gui = line = hint = null;
    at = null;
    text = null;
  };
  const place = (head: Vector3, yaw: number) => {
    hide();
    gui = createGuiPlane(
      scene,
      "xr-switch-scan",
      { width: 0.8, height: 0.22 },
      { head, yaw, distance: DISTANCE_M, drop: DROP_M },
    );
    at = { x: head.x, z: head.z, yaw };
    const card = new Rectangle();
    card.background = "#1f1b16ee";
    card.cornerRadius = 16;
    card.thickness = 0;
    const stack = new StackPanel();
    stack.paddingTop = "16px";
    line = guiText("", 64, true); // 64 px at 1000 px a metre, 1.3 m away: about 2.8°, easy to read in a headset
    line.color = "white";
    hint = guiText("", 30);
    hint.color = "#e8e0cc";
    stack.addControl(line);
    stack.addControl(hint);
    card.addControl(stack);
    gui.texture.addControl(card);
  };
  return {
    update(report, head, yaw, lang) {
      const offered = report && report.offered >= 0 ? report.choices[report.offered] : null;
      if (!offered) return hide();
      const turned = at ? Math.abs(Math.atan2(Math.sin(yaw - at.yaw), Math.cos(yaw - at.yaw))) * (180 / Math.PI) : 0;
      const moved = at ? Math.hypot(head.x - at.x, head.z - at.z) : 0;
      if (!gui || turned > SWING_DEG || moved > MOVED_M) place(head, yaw);
      if (offered !== text) {
        text = offered;
        line!.text = offered;
        hint!.text = xrText("switchHint", lang, { n: report!.offered + 1, m: report!.choices.length });
      }
    },
    hide,
    shown: () => text,
  };
}
