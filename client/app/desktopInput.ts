// Keyboard and mouse on desktop: held keys become a walking intent, drags and mouse-look turn the head, clicks pick.
import type { MoveIntent } from "../state/player";

export interface DesktopInput {
  /** The walking intent of the keys held now. */
  intent(): MoveIntent;
  /** Head turn since the last call, in radians (yaw right, pitch up). */
  takeLook(): { yaw: number; pitch: number };
  dispose(): void;
}

export interface DesktopInputEvents {
  /** A click (not a drag) at a canvas point; with mouse-look on, the centre of the view. */
  onSelect(x: number, y: number): void;
  /** E: whatever is at the centre of the view. */
  onInteract(): void;
  onMouseLookChange(on: boolean): void;
}

const LOOK_PER_PIXEL = 0.0035;
const KEY_TURN_RATE = 1.8; // rad/s with the arrow keys
const DRAG_THRESHOLD = 5;

function listen<E extends Event>(target: EventTarget, type: string, fn: (e: E) => void): () => void {
  target.addEventListener(type, fn as EventListener);
  return () => target.removeEventListener(type, fn as EventListener);
}

export function createDesktopInput(canvas: HTMLCanvasElement, events: DesktopInputEvents): DesktopInput {
  const held = new Set<string>();
  let look = { yaw: 0, pitch: 0 };
  let drag: { x: number; y: number; moved: number; id: number } | null = null;
  // The walking keys belong to the view unless the focus is on something that uses them itself: a text box, a list
  // or a choice (arrows move in it), or anything in an open dialog (its own keys, and the walk stays still behind).
  // A plain button or link does not use them, so a click on a panel's button does not stop the walk.
  const keysElsewhere = (e: Event) => {
    const t = e.target as HTMLElement | null;
    if (!t || t === canvas || t === document.body) return false;
    if (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName)) return true;
    return !!t.closest('[role="dialog"], [role="listbox"], [role="radiogroup"], [role="slider"]');
  };
  const locked = () => document.pointerLockElement === canvas;

  const keydown = (e: KeyboardEvent) => {
    if (keysElsewhere(e)) return;
    held.add(e.code);
    if (e.code === "KeyE" && !e.repeat) events.onInteract();
    if (e.code === "KeyL" && !e.repeat) {
      if (locked()) document.exitPointerLock();
      else void Promise.resolve(canvas.requestPointerLock()).catch(() => undefined);
    }
    if (e.code.startsWith("Arrow")) e.preventDefault();
  };
  const keyup = (e: KeyboardEvent) => held.delete(e.code);
  const blur = () => held.clear();
  const pointerdown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    canvas.focus();
    drag = { x: e.clientX, y: e.clientY, moved: 0, id: e.pointerId };
  };
  const pointermove = (e: PointerEvent) => {
    if (locked()) {
      look.yaw += e.movementX * LOOK_PER_PIXEL;
      look.pitch -= e.movementY * LOOK_PER_PIXEL;
      return;
    }
    if (!drag || drag.id !== e.pointerId) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    drag.moved += Math.abs(dx) + Math.abs(dy);
    drag.x = e.clientX;
    drag.y = e.clientY;
    if (drag.moved > DRAG_THRESHOLD) {
      if (!canvas.hasPointerCapture(e.pointerId)) canvas.setPointerCapture(e.pointerId);
      // Dragging the world: move the mouse left and the view turns right, like grabbing a panorama.
      look.yaw -= dx * LOOK_PER_PIXEL;
      look.pitch += dy * LOOK_PER_PIXEL;
    }
  };
  const pointerup = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const rect = canvas.getBoundingClientRect();
    if (locked()) events.onSelect(rect.width / 2, rect.height / 2);
    else if (drag && drag.moved <= DRAG_THRESHOLD) events.onSelect(e.clientX - rect.left, e.clientY - rect.top);
    drag = null;
  };
  const lockchange = () => events.onMouseLookChange(locked());

  const disposers = [
    listen(window, "keydown", keydown),
    listen(window, "keyup", keyup),
    listen(window, "blur", blur),
    listen(canvas, "pointerdown", pointerdown),
    listen(canvas, "pointermove", pointermove),
    listen(canvas, "pointerup", pointerup),
    listen(document, "pointerlockchange", lockchange),
  ];

  const axis = (plus: string[], minus: string[]) =>
    (plus.some((k) => held.has(k)) ? 1 : 0) - (minus.some((k) => held.has(k)) ? 1 : 0);
  return {
    intent: () => ({
      forward: axis(["KeyW", "ArrowUp"], ["KeyS", "ArrowDown"]),
      strafe: axis(["KeyD"], ["KeyA"]),
      turnRate: axis(["ArrowRight"], ["ArrowLeft"]) * KEY_TURN_RATE,
      run: held.has("ShiftLeft") || held.has("ShiftRight"),
    }),
    takeLook() {
      const out = look;
      look = { yaw: 0, pitch: 0 };
      return out;
    },
    dispose() {
      for (const off of disposers) off();
    },
  };
}
