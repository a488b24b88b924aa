// The visit's per-frame jobs, each in its phase of the frame loop: the desktop's hands are read (input), the body
// steps and the rules place it (simulate), and the picture follows it (present), with the frame's cost (render).
import type { SettingsStore } from "../state/settings";
import type { DesktopInput } from "./desktopInput";
import { placeCamera, type FrameLoop } from "./frameLoop";
import type { OnFoot, Visit } from "./visit";

export function joinVisitFrames(
  loop: FrameLoop,
  visit: Visit,
  input: DesktopInput,
  settings: SettingsStore,
  entered: () => boolean,
): void {
  let onFoot: OnFoot | null = null;
  loop.join("input", () => {
    onFoot = entered() ? { turn: input.takeLook(), intent: input.intent() } : null;
  });
  loop.join("simulate", (frame) => visit.step(frame, onFoot));
  loop.join("present", (frame) => {
    const view = visit.view();
    if (!view) return;
    const p = visit.player();
    // In VR the headset places the camera itself; on desktop the camera follows the body.
    if (!frame.head) placeCamera(view.camera, p, view.data.eyeHeight);
    view.minimap.update(p.x, p.z, p.yaw);
    view.labels?.update(p.x, p.z, settings.get().lang);
    view.present(frame.now, frame.head);
    view.stats.beginFrame();
  });
  loop.join("render", (frame) => visit.view()?.stats.frameTook(performance.now() - frame.now));
}
