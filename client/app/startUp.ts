// What the page asks for before anything else, and the engine it draws with: the first place's data and the standard
// shaders are requested at once, so the network overlaps creating the engine.
import { Engine } from "@babylonjs/core/Engines/engine";
import type { ExhibitSummary } from "../../common/catalog";
import type { Scene } from "../../common/scene";
import type { BuildMode } from "../render/landmarkMeshes";
import { FIRST_SCENE, sceneOfPath } from "./route";
import { fetchExhibits, fetchScene } from "./sceneLoading";

export interface FirstRequests {
  /** The scene the address names, or the Bund. */
  firstId: string;
  firstScene: Promise<Scene>;
  /** A deep link into a hall asks for its exhibits at once rather than after the scene arrives. */
  firstExhibits?: Promise<ExhibitSummary[]>;
  /** Without them the shader chunks are only requested, one include after another, at the first draw. */
  shaders: Promise<unknown>;
  /** `?build=naive` draws every part as its own mesh (for measuring what merging saves). */
  mode: BuildMode;
}

export function requestFirstPlace(): FirstRequests {
  const firstId = sceneOfPath(location.pathname) ?? FIRST_SCENE;
  const firstExhibits = firstId !== FIRST_SCENE ? fetchExhibits(firstId) : undefined;
  firstExhibits?.catch(() => undefined); // its failure is met where the hall is shown
  return {
    firstId,
    firstScene: fetchScene(firstId),
    firstExhibits,
    shaders: Promise.all([
      import("@babylonjs/core/Shaders/default.vertex"),
      import("@babylonjs/core/Shaders/default.fragment"),
    ]),
    mode: new URLSearchParams(location.search).get("build") === "naive" ? "naive" : "merged",
  };
}

export function createMuseumEngine(canvas: HTMLCanvasElement): Engine {
  // Size the canvas before the WebGL context exists: resizing a live context's drawing buffer costs a reallocation.
  canvas.width = Math.round(canvas.clientWidth * devicePixelRatio);
  canvas.height = Math.round(canvas.clientHeight * devicePixelRatio);
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: true, stencil: false, antialias: true }, true);
  // Babylon gives the canvas tabindex 1, which puts the 3D view before everything else in the tab order (WCAG 2.4.3).
  engine.canvasTabIndex = 0;
  performance.mark("bund:engine-created");
  window.addEventListener("resize", () => engine.resize());
  return engine;
}
