// Multiview where the browser offers it: with WebXR layers and OVR_multiview2 both eyes are drawn in one pass (one
// draw call per mesh for the pair); anywhere else Babylon draws each eye in turn, as before.
import "@babylonjs/core/Engines/Extensions/engine.multiview";
import "@babylonjs/core/XR/features/WebXRLayers";
import type { AbstractEngine } from "@babylonjs/core/Engines/abstractEngine";
import { WebXRFeatureName, type WebXRFeaturesManager } from "@babylonjs/core/XR/webXRFeaturesManager";

/** Why multiview can or cannot be used here, for the benchmark and for anyone wondering. */
export function multiviewSupport(engine: AbstractEngine): { ok: boolean; why: string } {
  if (engine.isWebGPU) return { ok: false, why: "WebGPU: Babylon's XR path has no multiview yet" };
  if (!engine.getCaps().multiview) return { ok: false, why: "no OVR_multiview2 WebGL extension" };
  const binding = (globalThis as { XRWebGLBinding?: { prototype: object } }).XRWebGLBinding;
  if (!binding || !("createProjectionLayer" in binding.prototype))
    return { ok: false, why: "the WebXR runtime has no layers (XRWebGLBinding.createProjectionLayer)" };
  return { ok: true, why: "WebXR layers and OVR_multiview2 offered" };
}

/**
 * Asks for the "layers" session feature when the browser could honour it (call before each session). The feature is
 * not attached by itself: `settleMultiview` attaches it once the session is known to have granted "layers".
 */
export function requestMultiview(features: WebXRFeaturesManager, engine: AbstractEngine): boolean {
  if (!multiviewSupport(engine).ok) return false;
  if (!features.getEnabledFeature(WebXRFeatureName.LAYERS)) {
    features.enableFeature(WebXRFeatureName.LAYERS, "latest", { preferMultiviewOnInit: true }, false, false);
  }
  return true;
}

/**
 * When the session has just been created (Babylon's onXRSessionInit), before Babylon chooses what to render into:
 * with "layers" granted, the multiview projection layer; without it, the feature goes, so that Babylon sets up its
 * ordinary per-eye base layer (it skips that whenever the layers feature is merely enabled, and would draw nothing).
 */
export function settleMultiview(features: WebXRFeaturesManager, session: XRSession | undefined): boolean {
  const layers = features.getEnabledFeature(WebXRFeatureName.LAYERS);
  if (!layers) return false;
  const granted = (session as { enabledFeatures?: readonly string[] } | undefined)?.enabledFeatures?.includes("layers");
  if (granted) features.attachFeature(WebXRFeatureName.LAYERS);
  if (layers.attached) return true;
  features.disableFeature(WebXRFeatureName.LAYERS);
  return false;
}

export { renderingMultiview } from "../render/babylonSeams";
