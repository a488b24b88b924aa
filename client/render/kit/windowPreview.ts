// The first frame's wall texture on the Bund: the window of a bay alone on plain wall, drawn in a few rectangles on a
// small canvas (no joints to alias, under a millisecond), so the windows are there from the first frame and the stone
// made after it (stoneDressing.ts) adds only its grain and relief.
import { WINDOW } from "./stoneTextures";

/** The stone textures' mean tone (joints and grain averaged), so the walls do not change brightness when dressed. */
const WALL = "#f7f7f7";
const GLASS = "#353f4c"; // stoneTextures' glass: grey 0.26 tinted blue
const SKY = "#5c6d84"; // its upper panes, the sky in them
const FRAME = "#d1d1d1";

/** Draws one bay (a canvas's rows run top-down: v = 1 at the top). */
export function drawWindowPreview(ctx: CanvasRenderingContext2D, s: number): void {
  const { u0, u1, v0, v1 } = WINDOW;
  const rect = (style: string, ua: number, va: number, ub: number, vb: number) => {
    ctx.fillStyle = style;
    ctx.fillRect(ua * s, (1 - vb) * s, (ub - ua) * s, (vb - va) * s);
  };
  rect(WALL, 0, 0, 1, 1);
  rect(GLASS, u0, v0, u1, v1);
  const hv = v1 - v0;
  rect(SKY, u0, v1 - hv * 0.16, u1, v1);
  const f = 0.03; // wider than the full texture's frame: at this size a thinner one would vanish
  rect(FRAME, (u0 + u1) / 2 - f / 2, v0, (u0 + u1) / 2 + f / 2, v1); // mullion
  rect(FRAME, u0, v0 + hv * 0.68, u1, v0 + hv * 0.68 + f); // transom
}
