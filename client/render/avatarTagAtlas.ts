// The name-tag atlas: one canvas texture with a 256×64 cell per visitor, drawn with the 2D canvas API and system fonts.
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import type { Scene } from "@babylonjs/core/scene";

export const TAG_CELL_WIDTH = 256;
export const TAG_CELL_HEIGHT = 64;
const INITIAL_CELLS = 32;
/** 2048 px is the texture size every WebGL2 device supports; more visitors than fit in 2048×2048 go untagged. */
const MAX_SIDE = 2048;

export interface TagLook {
  name: string;
  color: string;
  role: "visitor" | "guide";
}

export interface TagAtlas {
  readonly texture: DynamicTexture;
  /** The most cells the atlas can grow to: 256 on any WebGL2 device. */
  readonly maxCells: number;
  capacity(): number;
  /** Grows to hold n cells (up to maxCells). True when the texture was replaced: every cell must be drawn again. */
  ensure(n: number): boolean;
  draw(cell: number, look: TagLook): void;
  /** Sends the canvas to the GPU: once per change of the set of tags, never per frame. */
  upload(): void;
  dispose(): void;
}

const FONT_STACK = `system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
const FONT_SIZES = [30, 26, 22, 19];
const GOLD = "#f5c542";
// Cells touch each other: a transparent gutter keeps mipmapped samples from bleeding the neighbour in.
const GUTTER = 4;

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** The largest size at which the name fits; at the smallest, the name is cut with an ellipsis. */
function fitText(ctx: CanvasRenderingContext2D, name: string, room: number): string {
  for (const px of FONT_SIZES) {
    ctx.font = `bold ${px}px ${FONT_STACK}`;
    if (ctx.measureText(name).width <= room) return name;
  }
  const chars = Array.from(name); // code points, so a cut never splits a surrogate pair
  while (chars.length > 1 && ctx.measureText(chars.join("") + "…").width > room) chars.pop();
  return chars.join("") + "…";
}

/** A small gold pennant on a pole: a guide's mark that reads the same in every language. */
function drawFlag(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = GOLD;
  ctx.fillRect(x, y, 3, 32);
  ctx.beginPath();
  ctx.moveTo(x + 3, y);
  ctx.lineTo(x + 24, y + 7);
  ctx.lineTo(x + 3, y + 15);
  ctx.closePath();
  ctx.fill();
}

function drawTag(ctx: CanvasRenderingContext2D, x: number, y: number, look: TagLook): void {
  const w = TAG_CELL_WIDTH;
  const h = TAG_CELL_HEIGHT;
  const guide = look.role === "guide";
  ctx.clearRect(x, y, w, h);
  roundedRect(ctx, x + GUTTER, y + GUTTER, w - 2 * GUTTER, h - 2 * GUTTER, (h - 2 * GUTTER) / 2);
  ctx.fillStyle = "rgba(18, 22, 32, 0.86)";
  ctx.fill();
  if (guide) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = GOLD;
    ctx.stroke();
  }
  ctx.beginPath();
  ctx.arc(x + 30, y + h / 2, 11, 0, Math.PI * 2);
  ctx.fillStyle = look.color;
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
  ctx.stroke();
  const left = x + 50;
  const right = x + w - (guide ? 48 : 18);
  const text = fitText(ctx, look.name, right - left);
  ctx.fillStyle = "#ffffff";
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  ctx.fillText(text, left, y + h / 2 + 1);
  if (guide) drawFlag(ctx, x + w - 40, y + 16);
}

function newTexture(cells: number, columns: number, scene: Scene): DynamicTexture {
  const rows = Math.ceil(cells / columns);
  // Mipmaps keep far names from shimmering; the texture is rebuilt only when the set of visitors changes.
  const texture = new DynamicTexture(
    "avatar-tags",
    { width: columns * TAG_CELL_WIDTH, height: rows * TAG_CELL_HEIGHT },
    scene,
    true,
    Texture.TRILINEAR_SAMPLINGMODE,
  );
  texture.hasAlpha = true;
  return texture;
}

export function createTagAtlas(scene: Scene): TagAtlas {
  // A texture past the device's limit would fail silently: size the grid to what it takes.
  const side = Math.min(MAX_SIDE, scene.getEngine().getCaps().maxTextureSize);
  const columns = Math.floor(side / TAG_CELL_WIDTH);
  const maxCells = columns * Math.floor(side / TAG_CELL_HEIGHT);
  let cells = Math.min(INITIAL_CELLS, maxCells);
  let texture = newTexture(cells, columns, scene);
  return {
    get texture() {
      return texture;
    },
    maxCells,
    capacity: () => cells,
    ensure(n) {
      if (n <= cells || cells >= maxCells) return false;
      while (cells < n && cells < maxCells) cells = Math.min(cells * 2, maxCells);
      texture.dispose();
      texture = newTexture(cells, columns, scene);
      return true;
    },
    draw(cell, look) {
      const ctx = texture.getContext() as unknown as CanvasRenderingContext2D;
      // The upload flips the canvas (DynamicTexture's default, and what it does again after a lost context), so
      // cell rows count up from the canvas bottom and sprites sample them with invertV.
      const row = Math.floor(cell / columns);
      drawTag(ctx, (cell % columns) * TAG_CELL_WIDTH, texture.getSize().height - (row + 1) * TAG_CELL_HEIGHT, look);
    },
    upload() {
      texture.update(true);
    },
    dispose() {
      texture.dispose();
    },
  };
}
