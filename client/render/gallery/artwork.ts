// Pictures for scrolls and paintings, drawn in a canvas from a subject and a seed (nothing is fetched).
import type { Artwork } from "../../../common/catalog";

type Ctx = CanvasRenderingContext2D;

/** A small seeded generator (Park–Miller), so the same record always shows the same picture. */
export function seeded(seed: number): () => number {
  let s = (seed % 2147483646) + 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

// Lines of Tang poetry (public domain) for calligraphy: real text a reader can recognise.
const POEMS = [
  "床前明月光疑是地上霜举头望明月低头思故乡",
  "白日依山尽黄河入海流欲穷千里目更上一层楼",
  "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少",
  "千山鸟飞绝万径人踪灭孤舟蓑笠翁独钓寒江雪",
  "空山不见人但闻人语响返景入深林复照青苔上",
  "红豆生南国春来发几枝愿君多采撷此物最相思",
  "独在异乡为异客每逢佳节倍思亲遥知兄弟登高处遍插茱萸少一人",
  "故人西辞黄鹤楼烟花三月下扬州孤帆远影碧空尽唯见长江天际流",
];

/** Draws the artwork into the rectangle (x, y, w, h) of a canvas, on the given paper or ground colour. */
export function drawArtwork(ctx: Ctx, art: Artwork, paper: string, x: number, y: number, w: number, h: number): void {
  const rand = seeded(art.seed);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = paper;
  ctx.fillRect(x, y, w, h);
  switch (art.subject) {
    case "calligraphy":
      calligraphy(ctx, rand, x, y, w, h);
      break;
    case "landscape":
      landscape(ctx, rand, x, y, w, h);
      break;
    case "flowers-and-birds":
      blossoms(ctx, rand, x, y, w, h);
      break;
    case "bamboo":
      bamboo(ctx, rand, x, y, w, h);
      break;
    case "figures":
      figures(ctx, rand, x, y, w, h);
      break;
    case "cityscape":
      cityscape(ctx, rand, x, y, w, h);
      break;
    case "portrait":
      portrait(ctx, rand, x, y, w, h);
      break;
  }
  if (art.subject !== "cityscape" && art.subject !== "portrait") {
    // The artist's red seal, low in a corner.
    const s = Math.min(w, h) * 0.08;
    ctx.fillStyle = "#b3261e";
    ctx.fillRect(x + w - s * 1.6, y + h - s * 1.8, s, s);
  }
  ctx.restore();
}

function calligraphy(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  const text = POEMS[Math.floor(rand() * POEMS.length)];
  // Columns read top to bottom, right to left; as many as fit the sheet's shape.
  const cols = Math.max(1, Math.min(8, Math.round((w / h) * 5 + 1)));
  const per = Math.ceil(text.length / cols);
  const size = Math.min((w * 0.8) / cols, (h * 0.85) / per);
  ctx.fillStyle = "#1a1714";
  ctx.font = `${Math.max(4, size * 0.9)}px "Noto Serif CJK SC", "Songti SC", serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < per; r++) {
      const ch = text[c * per + r];
      if (!ch) break;
      ctx.fillText(ch, x + w - (c + 1) * (w / (cols + 0.5)), y + h * 0.07 + r * size);
    }
  }
}

function ridge(ctx: Ctx, rand: () => number, x: number, w: number, base: number, peak: number, fill: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.moveTo(x, base);
  const steps = 8;
  for (let i = 0; i <= steps; i++)
    ctx.lineTo(
      x + (w * i) / steps,
      base - peak * (0.3 + 0.7 * Math.abs(Math.sin(i * 0.9 + rand() * 2))) * (0.6 + rand() * 0.4),
    );
  ctx.lineTo(x + w, base + peak);
  ctx.lineTo(x, base + peak);
  ctx.fill();
}

function landscape(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  // Far to near: pale ranges, mist between them, dark near rocks and pines (shanshui layering).
  const tones = ["rgba(90,100,100,0.25)", "rgba(60,66,64,0.4)", "rgba(40,42,40,0.6)", "rgba(20,20,18,0.8)"];
  tones.forEach((tone, i) => ridge(ctx, rand, x, w, y + h * (0.35 + i * 0.17), h * (0.25 - i * 0.03), tone));
  ctx.strokeStyle = "rgba(20,20,18,0.85)";
  ctx.lineWidth = Math.max(1, w * 0.01);
  for (let i = 0; i < 3; i++) {
    const tx = x + w * (0.15 + rand() * 0.7);
    const ty = y + h * (0.7 + rand() * 0.2);
    ctx.beginPath();
    ctx.moveTo(tx, ty);
    ctx.lineTo(tx + w * 0.01, ty - h * 0.12);
    ctx.stroke();
  }
}

function blossoms(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  ctx.strokeStyle = "#2b211b";
  ctx.lineCap = "round";
  let bx = x + w * 0.1;
  let by = y + h * 0.9;
  for (let i = 0; i < 7; i++) {
    const nx = bx + w * (0.05 + rand() * 0.12);
    const ny = by - h * (0.08 + rand() * 0.1);
    ctx.lineWidth = Math.max(1, w * 0.03 * (1 - i / 8));
    ctx.beginPath();
    ctx.moveTo(bx, by);
    ctx.lineTo(nx, ny);
    ctx.stroke();
    ctx.fillStyle = rand() > 0.5 ? "#d9667a" : "#f0c0c8";
    for (let k = 0; k < 3; k++) {
      ctx.beginPath();
      ctx.arc(nx + (rand() - 0.5) * w * 0.08, ny + (rand() - 0.5) * h * 0.05, Math.max(1, w * 0.02), 0, Math.PI * 2);
      ctx.fill();
    }
    bx = nx;
    by = ny;
  }
  ctx.fillStyle = "#3b352e";
  ctx.beginPath();
  ctx.ellipse(bx, by - h * 0.03, w * 0.06, h * 0.025, -0.3, 0, Math.PI * 2);
  ctx.fill();
}

function bamboo(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  for (let s = 0; s < 3; s++) {
    const sx = x + w * (0.25 + s * 0.22 + rand() * 0.05);
    ctx.strokeStyle = `rgba(25,35,25,${0.5 + s * 0.2})`;
    ctx.lineWidth = Math.max(1, w * 0.035);
    for (let seg = 0; seg < 6; seg++) {
      const y0 = y + h - (seg * h) / 6;
      ctx.beginPath();
      ctx.moveTo(sx, y0 - 2);
      ctx.lineTo(sx, y0 - h / 6 + 2);
      ctx.stroke();
    }
    ctx.fillStyle = "rgba(20,30,20,0.8)";
    for (let l = 0; l < 5; l++) {
      const ly = y + h * (0.1 + rand() * 0.5);
      ctx.beginPath();
      ctx.ellipse(sx + w * 0.08, ly, w * 0.09, h * 0.01, 0.5 + rand() * 0.4, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

function figures(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  ridge(ctx, rand, x, w, y + h * 0.8, h * 0.08, "rgba(80,90,80,0.35)");
  for (let i = 0; i < 2 + Math.floor(rand() * 3); i++) {
    const fx = x + w * (0.2 + rand() * 0.6);
    const fy = y + h * (0.55 + rand() * 0.2);
    const s = h * 0.12;
    ctx.fillStyle = ["#6a3b2a", "#34495e", "#8a6d3b"][i % 3];
    ctx.beginPath();
    ctx.moveTo(fx, fy - s);
    ctx.lineTo(fx + s * 0.4, fy + s);
    ctx.lineTo(fx - s * 0.4, fy + s);
    ctx.fill();
    ctx.fillStyle = "#e8c9a8";
    ctx.beginPath();
    ctx.arc(fx, fy - s * 1.1, s * 0.18, 0, Math.PI * 2);
    ctx.fill();
  }
}

function cityscape(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  // The Bund from the river in oils: a warm sky, the skyline's blocks and towers, the water below.
  const sky = ctx.createLinearGradient(0, y, 0, y + h * 0.6);
  sky.addColorStop(0, "#5b7fa6");
  sky.addColorStop(1, "#e7c79a");
  ctx.fillStyle = sky;
  ctx.fillRect(x, y, w, h * 0.62);
  let bx = x;
  while (bx < x + w) {
    const bw = w * (0.05 + rand() * 0.1);
    const bh = h * (0.12 + rand() * 0.25);
    ctx.fillStyle = `hsl(${30 + rand() * 20}, 18%, ${35 + rand() * 30}%)`;
    ctx.fillRect(bx, y + h * 0.62 - bh, bw - 1, bh);
    if (rand() > 0.75) ctx.fillRect(bx + bw * 0.35, y + h * 0.62 - bh - h * 0.1, bw * 0.3, h * 0.1);
    bx += bw;
  }
  ctx.fillStyle = "#51616a";
  ctx.fillRect(x, y + h * 0.62, w, h * 0.38);
  ctx.fillStyle = "rgba(240,220,180,0.35)";
  for (let i = 0; i < 12; i++) ctx.fillRect(x + rand() * w, y + h * (0.66 + rand() * 0.3), w * 0.08, 1.5);
}

function portrait(ctx: Ctx, rand: () => number, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = `hsl(${20 + rand() * 40}, 25%, ${25 + rand() * 15}%)`;
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = rand() > 0.5 ? "#1f2a36" : "#3a2a22";
  ctx.beginPath();
  ctx.ellipse(x + w / 2, y + h * 0.95, w * 0.38, h * 0.35, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = "#d9b48f";
  ctx.beginPath();
  ctx.ellipse(x + w / 2, y + h * 0.42, w * 0.17, h * 0.16, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = "#1b1714";
  ctx.beginPath();
  ctx.ellipse(x + w / 2, y + h * 0.32, w * 0.18, h * 0.08, 0, Math.PI, Math.PI * 2);
  ctx.fill();
}
