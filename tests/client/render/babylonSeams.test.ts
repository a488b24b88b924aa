// Pins client/render/babylonSeams.ts: the @babylonjs/core version it was written against, and each private member it
// reads or sets, at work under NullEngine where Node can run it and by name in Babylon's own code where only a headset
// can (an upgrade that renames one fails here instead of silently turning a feature off).
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { PerfCounter } from "@babylonjs/core/Misc/perfCounter";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BABYLON_CORE_VERSION,
  drawCalls,
  forgetSessionFrame,
  restartRenderLoop,
} from "../../../client/render/babylonSeams";

const core = path.resolve(import.meta.dirname, "../../../node_modules/@babylonjs/core");
const source = (file: string) => readFileSync(path.join(core, file), "utf8");

describe("the Babylon version the seams were written for", () => {
  it("is the installed @babylonjs/core: an upgrade must re-check each member and move BABYLON_CORE_VERSION", () => {
    expect(JSON.parse(source("package.json")).version).toBe(BABYLON_CORE_VERSION);
  });
});

describe("the members read or set", () => {
  it("engine._drawCalls is the PerfCounter every draw reports to; newFrame() starts it from zero", () => {
    const engine = new NullEngine(); // NullEngine draws nothing, so it reports nothing: the count is fed by hand
    expect(engine._drawCalls).toBeInstanceOf(PerfCounter);
    const calls = drawCalls(engine);
    calls.newFrame();
    engine._drawCalls.addCount(3, false);
    expect(calls.current()).toBe(3);
    calls.newFrame();
    expect(calls.current()).toBe(0);
    engine.dispose();
  });

  it("engine._renderLoop runs the registered frame again once the custom frame requester is cleared", () => {
    const engine = new NullEngine();
    let frames = 0;
    engine.runRenderLoop(() => frames++);
    const before = frames;
    engine.customAnimationFrameRequester = { requestAnimationFrame: () => 0 };
    restartRenderLoop(engine);
    expect(engine.customAnimationFrameRequester).toBeNull();
    expect(frames).toBe(before + 1);
    engine.dispose();
  });

  it("engine._frameHandler holds the pending frame's handle; forgetSessionFrame cancels it on the session and clears it", () => {
    const engine = new NullEngine();
    engine.runRenderLoop(() => undefined);
    const cancelled: number[] = [];
    const session = { cancelAnimationFrame: (h: number) => void cancelled.push(h) } as unknown as XRSession;
    const internals = engine as unknown as { _frameHandler: number };
    internals._frameHandler = 207;
    forgetSessionFrame(engine, session);
    expect(cancelled).toEqual([207]);
    expect(internals._frameHandler).toBe(0);
    engine.dispose();
  });

  // XR needs a headset (the browser tests use an emulated one); here the members are pinned by name in Babylon's code.
  it.each([
    ["Engines/abstractEngine.pure.js", "this._drawCalls?.addCount("],
    ["XR/webXRCamera.js", "this._renderingMultiview = "],
    ["XR/features/WebXRControllerPointerSelection.pure.js", "this._controllers = {}"],
    ["XR/webXRSessionManager.js", "this._xrNavigator.xr.requestSession("],
    // Taking up a session cancels the engine's pending frame as the page's own (what forgetSessionFrame defuses).
    ["XR/webXRSessionManager.js", "window.cancelAnimationFrame(this._engine._frameHandler)"],
    ["Engines/abstractEngine.pure.js", "if (this._activeRenderLoops.length > 0 && this._frameHandler === 0)"],
  ])("%s still has %s", (file, member) => {
    expect(source(file)).toContain(member);
  });
});
