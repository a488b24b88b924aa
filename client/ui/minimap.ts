// A north-up minimap around the visitor: river, streets, building footprints (lost ones dashed), and you.
import { footprintOf, isLost } from "../../common/landmarkGeometry";
import type { Scene } from "../../common/scene";
import type { Polygon } from "../../common/sceneParts";
import { displayObstacle, toWorld, wallObstacle, type OrientedRect } from "../../common/walkable";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { t } from "./i18n";
import { fontsFor, TEXT_STACK } from "./webFonts";

const SIZE = 200;
const SPAN = 420; // metres across the map: about three Bund blocks either way
const INDOOR_SPAN = 70; // a hall and its neighbours' doors

/** The four corners of an oriented rectangle (right axis (cos, −sin), front axis (sin, cos)). */
function cornersOf(r: OrientedRect): { x: number; z: number }[] {
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([a, b]) => ({
    x: r.cx + r.cos * a * r.halfW + r.sin * b * r.halfD,
    z: r.cz - r.sin * a * r.halfW + r.cos * b * r.halfD,
  }));
}

export interface Minimap {
  update(x: number, z: number, yaw: number): void;
}

export function createMinimap(root: HTMLElement, scene: Scene, settings: SettingsStore): Minimap {
  const canvas = el("canvas", { id: "minimap", "aria-label": "Minimap" });
  const dpr = Math.min(window.devicePixelRatio || 1, 2);
  canvas.width = SIZE * dpr;
  canvas.height = SIZE * dpr;
  root.append(canvas);
  const ctx = canvas.getContext("2d")!;
  const footprints = scene.landmarks.map((l) => {
    const { width, depth } = footprintOf(l.shape);
    const corners = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ].map(([sx, sz]) => toWorld(l, (sx * width) / 2, (sz * depth) / 2));
    return { lost: isLost(l), corners, bridge: l.shape.kind === "bridge" };
  });
  const walls = scene.walls.map((w) => cornersOf(wallObstacle(w)));
  const displays = scene.displays.map((d) => cornersOf(displayObstacle(d)));
  const span = scene.ceiling ? INDOOR_SPAN : SPAN;
  let last = { x: NaN, z: NaN, yaw: NaN, lang: "" };

  const draw = (x: number, z: number, yaw: number) => {
    const k = (SIZE * dpr) / span;
    // Screen: east to the right, north up (canvas y grows down, so z is negated).
    const sx = (wx: number) => (wx - x) * k + (SIZE * dpr) / 2;
    const sy = (wz: number) => -(wz - z) * k + (SIZE * dpr) / 2;
    const path = (poly: Polygon | { x: number; z: number }[]) => {
      ctx.beginPath();
      poly.forEach((p, i) => {
        const [px, pz] = Array.isArray(p) ? p : [p.x, p.z];
        if (i === 0) ctx.moveTo(sx(px), sy(pz));
        else ctx.lineTo(sx(px), sy(pz));
      });
      ctx.closePath();
    };
    ctx.save();
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.beginPath();
    ctx.arc(canvas.width / 2, canvas.height / 2, canvas.width / 2, 0, Math.PI * 2);
    ctx.clip();
    ctx.fillStyle = "#e9e1cf";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (const a of scene.ground.areas) {
      ctx.fillStyle = a.kind === "lawn" ? "#b9cf9a" : a.kind === "street" ? "#cfc6b3" : "#ddd3bd";
      path(a.polygon);
      ctx.fill();
    }
    ctx.fillStyle = "#8fb3c9";
    for (const w of scene.water) {
      path(w.polygon);
      ctx.fill();
    }
    for (const f of footprints) {
      path(f.corners);
      if (f.lost) {
        ctx.setLineDash([4 * dpr, 3 * dpr]);
        ctx.strokeStyle = "#8c2f1c";
        ctx.lineWidth = 1.5 * dpr;
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = f.bridge ? "#6d6a66" : "#8a7d6b";
        ctx.fill();
      }
    }
    ctx.fillStyle = "#5b5348";
    for (const w of walls) {
      path(w);
      ctx.fill();
    }
    ctx.fillStyle = "#a88f6a";
    for (const d of displays) {
      path(d);
      ctx.fill();
    }
    ctx.fillStyle = "#2f7d5b";
    for (const d of scene.doorways) {
      ctx.beginPath();
      ctx.arc(sx(d.position.x), sy(d.position.z), 4 * dpr, 0, Math.PI * 2);
      ctx.fill();
    }
    // The visitor: an arrow pointing where they face.
    ctx.translate(canvas.width / 2, canvas.height / 2);
    ctx.rotate(yaw);
    ctx.fillStyle = "#c0392b";
    ctx.beginPath();
    ctx.moveTo(0, -9 * dpr);
    ctx.lineTo(6 * dpr, 7 * dpr);
    ctx.lineTo(0, 3 * dpr);
    ctx.lineTo(-6 * dpr, 7 * dpr);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
    ctx.fillStyle = "#1f1b16";
    ctx.font = `bold ${13 * dpr}px ${TEXT_STACK}`;
    ctx.textAlign = "center";
    const north = t("north", settings.get().lang);
    void fontsFor(north)?.catch(() => undefined); // drawn again as the visitor moves, by then in the museum's face
    ctx.fillText(north, canvas.width / 2, 16 * dpr);
  };

  return {
    update(x, z, yaw) {
      const lang = settings.get().lang;
      if (
        Math.abs(x - last.x) < 0.3 &&
        Math.abs(z - last.z) < 0.3 &&
        Math.abs(yaw - last.yaw) < 0.02 &&
        lang === last.lang
      )
        return;
      last = { x, z, yaw, lang };
      draw(x, z, yaw);
    },
  };
}
