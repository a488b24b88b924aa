// Carrying the visitor's one XRSession from the scene of the place they leave to the scene of the place they enter.
// Babylon ties a session to the WebXRSessionManager of one scene and ends it when that scene is disposed; a fresh
// session would need a user gesture and would drop the visitor out of the headset between places. So the leaving
// scene lets go of the session before it is disposed, and the entering scene's experience takes it up as its own.
import type { WebXRDefaultExperience } from "@babylonjs/core/XR/webXRDefaultExperience";
import { forgetSessionFrame, offeringSession } from "../render/babylonSeams";

/** Babylon's session manager asks `_xrNavigator.xr` for the session; for a carried session it is handed this one. */
type InputSourcesChange = new (
  type: string,
  init: { session: XRSession; added: XRInputSource[]; removed: XRInputSource[] },
) => Event;

/**
 * Lets go of the running session without ending it (the session manager ends any session it still holds when its
 * scene is disposed). Returns the session, or null when none was running.
 */
export function releaseSession(xr: WebXRDefaultExperience): XRSession | null {
  const manager = xr.baseExperience.sessionManager;
  if (!manager.inXRSession || !manager.session) return null;
  manager.inXRSession = false;
  // The engine's next frame was asked of this session: nobody draws it now, and the next place asks afresh.
  forgetSessionFrame(xr.baseExperience.camera.getScene().getEngine(), manager.session);
  return manager.session;
}

/**
 * Enters VR on this scene's experience within a session that is already running: Babylon sets up its render
 * target, reference space, camera and features exactly as for a new session.
 */
export async function adoptSession(
  xr: WebXRDefaultExperience,
  session: XRSession,
  referenceSpace: XRReferenceSpaceType,
): Promise<void> {
  await offeringSession(xr.baseExperience.sessionManager, session, () =>
    xr.baseExperience.enterXRAsync("immersive-vr", referenceSpace),
  );
  // The controllers were announced to the previous scene's input; announce them again to this one's.
  const Change = (globalThis as { XRInputSourcesChangeEvent?: InputSourcesChange }).XRInputSourcesChangeEvent;
  if (!Change)
    throw new Error(
      "This browser has no XRInputSourcesChangeEvent: the controllers cannot be carried into the new place",
    );
  session.dispatchEvent(new Change("inputsourceschange", { session, added: [...session.inputSources], removed: [] }));
}
