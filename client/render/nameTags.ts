// Visitors' name tags above their heads: one sprite each from one atlas, so all names cost a single draw call.
import type { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { Sprite } from "@babylonjs/core/Sprites/sprite";
import { SpriteManager } from "@babylonjs/core/Sprites/spriteManager";
import "@babylonjs/core/Sprites/spriteSceneComponent";
import type { Scene } from "@babylonjs/core/scene";
import { TAG_CELL_HEIGHT, TAG_CELL_WIDTH, createTagAtlas, type TagLook } from "./avatarTagAtlas";

export interface TaggedVisitor extends TagLook {
  id: string;
  away: boolean;
  /** The head position. */
  pose: { x: number; y: number; z: number };
}

export interface NameTags {
  readonly manager: SpriteManager;
  update(visitors: readonly TaggedVisitor[]): void;
  /** How many tags are shown. */
  count(): number;
  dispose(): void;
}

const TAG_WIDTH = 0.9; // metres, at close range
const TAG_HEIGHT = (TAG_WIDTH * TAG_CELL_HEIGHT) / TAG_CELL_WIDTH;
const ABOVE_HEAD = 0.35;
const ABOVE_HAT = 0.08; // a guide's hat is taller than a head
// Beyond this distance a tag grows with it, keeping its size on screen, up to MAX_GROWTH times, so far names stay legible.
const GROW_FROM = 8;
const MAX_GROWTH = 3;

interface Slot extends TagLook {
  id: string;
  cell: number;
  sprite: Sprite;
  seen: number;
  distSq: number;
}

const farthestFirst = (a: Slot, b: Slot) => b.distSq - a.distSq;

export function createNameTags(scene: Scene): NameTags {
  const atlas = createTagAtlas(scene);
  // An empty image URL loads nothing; the canvas atlas is the texture. Capacity for all tags up front: it is only
  // a vertex buffer, whereas the atlas texture grows as visitors arrive.
  const manager = new SpriteManager(
    "avatar-tags",
    "",
    atlas.maxCells,
    { width: TAG_CELL_WIDTH, height: TAG_CELL_HEIGHT },
    scene,
  );
  manager.texture = atlas.texture;
  manager.isPickable = false;
  manager.fogEnabled = false; // a name should not vanish in the haze before its avatar does
  // Blended without depth writes: one draw call instead of a depth pass plus a colour pass. Tags still hide behind
  // buildings, and the far-to-near order below makes overlapping tags blend correctly.
  manager.disableDepthWrite = true;

  const slots = new Map<string, Slot>();
  const order: Slot[] = [];
  const freeCells: number[] = [];
  for (let c = atlas.capacity() - 1; c >= 0; c--) freeCells.push(c);
  let frame = 0;

  const takeCell = (): number | undefined => {
    if (freeCells.length === 0) {
      const before = atlas.capacity();
      if (!atlas.ensure(before + 1)) return undefined;
      for (let c = atlas.capacity() - 1; c >= before; c--) freeCells.push(c);
      manager.texture = atlas.texture;
      for (const slot of order) atlas.draw(slot.cell, slot); // a new texture starts blank
    }
    return freeCells.pop();
  };

  return {
    manager,
    update(visitors) {
      frame++;
      let changed = false;
      let seen = 0;
      const eye: Vector3 | undefined = scene.activeCamera?.globalPosition;
      for (let i = 0; i < visitors.length; i++) {
        const v = visitors[i];
        let slot = slots.get(v.id);
        if (!slot) {
          const cell = takeCell();
          if (cell === undefined) continue;
          const sprite = new Sprite(`tag-${v.id}`, manager);
          sprite.invertV = true; // see the atlas: rows are stored bottom-up
          sprite.cellIndex = cell;
          slot = { id: v.id, name: v.name, color: v.color, role: v.role, cell, sprite, seen: 0, distSq: 0 };
          slots.set(v.id, slot);
          order.push(slot);
          atlas.draw(cell, v);
          changed = true;
        } else if (slot.name !== v.name || slot.color !== v.color || slot.role !== v.role) {
          slot.name = v.name;
          slot.color = v.color;
          slot.role = v.role;
          atlas.draw(slot.cell, v);
          changed = true;
        }
        if (slot.seen !== frame) seen++;
        slot.seen = frame;
        const p = v.pose;
        const dx = eye ? p.x - eye.x : 0;
        const dy = eye ? p.y - eye.y : 0;
        const dz = eye ? p.z - eye.z : 0;
        slot.distSq = dx * dx + dy * dy + dz * dz;
        const grow = Math.min(MAX_GROWTH, Math.max(1, Math.sqrt(slot.distSq) / GROW_FROM));
        const sprite = slot.sprite;
        sprite.width = TAG_WIDTH * grow;
        sprite.height = TAG_HEIGHT * grow;
        // Grown tags rise by their extra half-height so they never sink into the head.
        const lift = ABOVE_HEAD + (v.role === "guide" ? ABOVE_HAT : 0) + ((grow - 1) * TAG_HEIGHT) / 2;
        sprite.position.set(p.x, p.y + lift, p.z);
        sprite.color.a = v.away ? 0.5 : 1;
      }
      if (seen < order.length) {
        // Someone left: free their sprite and cell (the cell is redrawn when it is next handed out).
        for (let i = order.length - 1; i >= 0; i--) {
          const slot = order[i];
          if (slot.seen === frame) continue;
          order.splice(i, 1);
          slots.delete(slot.id);
          slot.sprite.dispose();
          freeCells.push(slot.cell);
        }
      }
      if (changed) atlas.upload();
      // Sprites draw in array order: far to near so the nearer tag is blended over the farther one.
      order.sort(farthestFirst);
      const sprites = manager.sprites;
      sprites.length = order.length;
      for (let i = 0; i < order.length; i++) sprites[i] = order[i].sprite;
    },
    count: () => order.length,
    dispose() {
      manager.dispose(); // disposes its sprites and the atlas texture with them
    },
  };
}
