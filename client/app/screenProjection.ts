// Where a point of the scene shows on the page, in CSS pixels (window.bund.project): tests and benchmarks click there.
import type { Camera } from "@babylonjs/core/Cameras/camera";
import type { Engine } from "@babylonjs/core/Engines/engine";
import { Matrix, Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

/** Null when the point is behind the camera. */
export function projectToPage(
  engine: Engine,
  scene: BabylonScene,
  cam: Camera,
  canvas: HTMLCanvasElement,
  x: number,
  y: number,
  z: number,
): { x: number; y: number } | null {
  const p = new Vector3(x, y, z);
  if (Vector3.Dot(p.subtract(cam.position), cam.getDirection(Vector3.Forward())) <= 0) return null;
  const vpt = cam.viewport.toGlobal(engine.getRenderWidth(), engine.getRenderHeight());
  const s = Vector3.Project(p, Matrix.Identity(), scene.getTransformMatrix(), vpt);
  const scale = canvas.clientWidth / engine.getRenderWidth();
  return { x: s.x * scale, y: s.y * scale };
}
