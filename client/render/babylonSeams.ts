// The one place the client reads or sets Babylon's private members, each where no public API does the job (said
// beside each). tests/client/render/babylonSeams.test.ts pins the version and each member's name.
import type { AbstractEngine } from "@babylonjs/core/Engines/abstractEngine";
import type { WebXRControllerPointerSelection } from "@babylonjs/core/XR/features/WebXRControllerPointerSelection";
import type { WebXRCamera } from "@babylonjs/core/XR/webXRCamera";
import type { WebXRSessionManager } from "@babylonjs/core/XR/webXRSessionManager";

/** The @babylonjs/core these seams were written against: an upgrade must re-check each member below. */
export const BABYLON_CORE_VERSION = "9.35.0";

/**
 * The engine's own count of draw calls this frame. SceneInstrumentation gives the same number publicly but adds
 * 12 KB to start-up and a second counter per frame.
 */
export function drawCalls(engine: AbstractEngine): { newFrame(): void; current(): number } {
  const counter = engine._drawCalls;
  return { newFrame: () => counter.fetchNewFrame(), current: () => counter.current };
}

/** Whether the last XR frame went to a multiview render target: Babylon keeps this on the camera, unexposed. */
export function renderingMultiview(camera: WebXRCamera): boolean {
  return (camera as unknown as { _renderingMultiview?: boolean })._renderingMultiview === true;
}

/**
 * The pointer selection's per-controller rays (laser, selection disc, last pick). Babylon offers their meshes only
 * per controller id, and nothing to list the controllers it is tracking.
 */
export function pointerRays<Ray>(selection: WebXRControllerPointerSelection): Ray[] {
  const controllers = (selection as unknown as { _controllers?: Record<string, Ray> })._controllers;
  return controllers ? Object.values(controllers) : [];
}

type XrNavigator = { xr: { requestSession(mode: string, init?: unknown): Promise<XRSession> } };

/**
 * Runs `enter` while the session manager's navigator hands out `session` instead of requesting a new one: Babylon
 * can only enter XR by requesting a session itself, and a page moving between places must keep the running one.
 */
export async function offeringSession(manager: WebXRSessionManager, session: XRSession, enter: () => Promise<unknown>) {
  const internals = manager as unknown as { _xrNavigator: XrNavigator };
  const own = internals._xrNavigator;
  internals._xrNavigator = { xr: { requestSession: () => Promise.resolve(session) } };
  try {
    await enter();
  } finally {
    internals._xrNavigator = own;
  }
}

/**
 * Forgets the engine's pending frame when it is a session's (the session is let go of between places): Babylon keeps
 * the handle in `_frameHandler` and, taking up a session, passes it to window.cancelAnimationFrame as if it were the
 * page's own. A session's handle is just a number, so that cancelled whatever page frame had the same one — under
 * iwer, at times the device's own frame loop, and VR froze on the way into the next place. No public API clears it.
 */
export function forgetSessionFrame(engine: AbstractEngine, session: XRSession): void {
  const internals = engine as unknown as { _frameHandler: number };
  if (internals._frameHandler) session.cancelAnimationFrame(internals._frameHandler);
  internals._frameHandler = 0;
}

/**
 * Hands the engine's frames back to the page's own animation frames, as Babylon does only when a session it holds
 * ends (there is no public "restart the render loop" once a custom frame requester has been cleared).
 */
export function restartRenderLoop(engine: AbstractEngine): void {
  engine.customAnimationFrameRequester = null;
  (engine as unknown as { _renderLoop(): void })._renderLoop();
}
