// The stage (戏台) and its hall as vertex buffers, one per material, so the whole theatre draws in a few calls:
// the platform, four pillars and the canopy's hip-and-gable roof, the back screen with its two doors, the red carpet
// (氍毹), the musicians' corner and the auditorium's tables and chairs, the side gallery. No Babylon here.
import { STAGE } from "../../../common/theatre/stageLayout";
import { hexToRgb, MeshBuffer, type Rgb, type Vec3 } from "../kit/MeshBuffer";

export interface StageBuffers {
  /** Wood, lacquer, tiles, stone: vertex-coloured, one material. */
  solid: MeshBuffer;
  /** The red carpet on the stage floor (its own material: a soft woven look). */
  carpet: MeshBuffer;
  /** The couplet boards on the front pillars and the name board: textured from one atlas (u 0…0.5 upper, 0.5…1 lower). */
  boards: MeshBuffer;
}

const RED = hexToRgb("#8e1f1a");
const DARK_RED = hexToRgb("#5e1512");
const GOLD = hexToRgb("#b8893a");
const WOOD = hexToRgb("#5a3a22");
const TILE = hexToRgb("#3c4544");
const STONE = hexToRgb("#8a8278");
const SCREEN = hexToRgb("#a33b2a");
const CURTAIN = hexToRgb("#c8a24a");
const CARPET = hexToRgb("#b3241d");

/** A sloped quad of the roof, facing up and out. */
function slope(m: MeshBuffer, pts: Vec3[], color: Rgb): void {
  const [a, b, c] = pts;
  const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  let n: Vec3 = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
  if (n[1] < 0) n = [-n[0], -n[1], -n[2]];
  m.face(
    pts,
    n,
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ].slice(0, pts.length) as [number, number][],
    color,
  );
}

/** The canopy: a hipped lower roof whose eaves sweep out past the pillars, and a short gabled top with its ridge. */
function canopy(m: MeshBuffer): void {
  const y0 = STAGE.height + STAGE.pillarHeight;
  const cz = (STAGE.frontZ + STAGE.backZ) / 2;
  const hw = STAGE.halfWidth + 1.0; // eaves overhang
  const hd = (STAGE.backZ - STAGE.frontZ) / 2 + 1.0;
  // Beams (额枋) around the top of the pillars, red with a gold band.
  m.box(-STAGE.halfWidth - 0.2, y0 - 0.55, STAGE.frontZ - 0.2, STAGE.halfWidth + 0.2, y0, STAGE.frontZ + 0.15, RED);
  m.box(-STAGE.halfWidth - 0.2, y0 - 0.7, STAGE.frontZ - 0.22, STAGE.halfWidth + 0.2, y0 - 0.55, STAGE.frontZ, GOLD);
  for (const sx of [-1, 1])
    m.box(sx * STAGE.halfWidth - 0.2, y0 - 0.55, STAGE.frontZ, sx * STAGE.halfWidth + 0.2, y0, STAGE.backZ, RED);
  // Lower hipped roof: eaves at y0 + 0.1 (tips lifted at the corners), up to a band at y1.
  const y1 = y0 + 1.3;
  const iw = STAGE.halfWidth - 0.6;
  const id = hd - 1.6;
  const lift = 0.45;
  const e = (sx: number, sz: number): Vec3 => [sx * hw, y0 + 0.1 + lift * 0.5, cz + sz * hd];
  const tip = (sx: number, sz: number): Vec3 => [sx * (hw + 0.35), y0 + 0.1 + lift, cz + sz * (hd + 0.35)];
  const i = (sx: number, sz: number): Vec3 => [sx * iw, y1, cz + sz * id];
  for (const [a, b] of [
    [
      [-1, -1],
      [1, -1],
    ],
    [
      [1, -1],
      [1, 1],
    ],
    [
      [1, 1],
      [-1, 1],
    ],
    [
      [-1, 1],
      [-1, -1],
    ],
  ] as const) {
    slope(m, [e(a[0], a[1]), e(b[0], b[1]), i(b[0], b[1]), i(a[0], a[1])], TILE);
    // Upturned corner (翼角): a small triangle lifting each corner.
    slope(m, [tip(a[0], a[1]), e(a[0], a[1]), i(a[0], a[1])], TILE);
  }
  // Upper gabled roof over the band: two slopes to a ridge along x, gable ends closed in red.
  const y2 = y1 + 1.1;
  m.box(-iw, y1 - 0.05, cz - id, iw, y1 + 0.05, cz + id, GOLD);
  slope(
    m,
    [
      [-iw - 0.3, y1, cz - id - 0.3],
      [iw + 0.3, y1, cz - id - 0.3],
      [iw, y2, cz],
      [-iw, y2, cz],
    ],
    TILE,
  );
  slope(
    m,
    [
      [iw + 0.3, y1, cz + id + 0.3],
      [-iw - 0.3, y1, cz + id + 0.3],
      [-iw, y2, cz],
      [iw, y2, cz],
    ],
    TILE,
  );
  for (const sx of [-1, 1])
    m.face(
      [
        [sx * iw, y1, cz - id],
        [sx * iw, y1, cz + id],
        [sx * iw, y2, cz],
      ],
      [sx, 0, 0],
      [
        [0, 0],
        [1, 0],
        [0.5, 1],
      ],
      RED,
    );
  // The ridge with its two end ornaments (鸱吻).
  m.box(-iw - 0.1, y2 - 0.05, cz - 0.12, iw + 0.1, y2 + 0.22, cz + 0.12, TILE);
  for (const sx of [-1, 1]) m.box(sx * iw - 0.18, y2, cz - 0.15, sx * iw + 0.18, y2 + 0.6, cz + 0.15, TILE);
}

function platform(m: MeshBuffer, carpet: MeshBuffer): void {
  const { halfWidth: w, frontZ, backZ, height } = STAGE;
  m.box(-w - 0.3, 0, frontZ - 0.3, w + 0.3, height - 0.08, backZ + 0.6, STONE); // the stone base
  m.box(-w - 0.2, height - 0.08, frontZ - 0.2, w + 0.2, height, backZ + 0.6, WOOD); // the boards
  // The carpet, lying just on the boards.
  carpet.box(-w + 0.35, height, frontZ + 0.25, w - 0.35, height + 0.012, backZ - 0.35, CARPET);
  // Pillars: red lacquer on stone bases.
  for (const x of [-w, w])
    for (const z of [frontZ, backZ]) {
      m.block(x, z, 0.5, 0.5, height, height + 0.25, STONE);
      m.block(x, z, 0.34, 0.34, height + 0.25, height + STAGE.pillarHeight, RED);
    }
  // Railings on the stage's front corners.
  for (const sx of [-1, 1])
    m.box(
      sx * w - (sx > 0 ? 1.2 : -0.2),
      height,
      frontZ - 0.1,
      sx * w + (sx > 0 ? -0.2 : 1.2),
      height + 0.45,
      frontZ + 0.02,
      GOLD,
    );
}

/** The back screen (守旧) with the entrance door (上场门, stage right) and the exit door (下场门, stage left). */
function backScreen(m: MeshBuffer): void {
  const { halfWidth: w, backZ, height, pillarHeight } = STAGE;
  const top = height + pillarHeight - 0.6;
  const z0 = backZ - 0.05;
  const z1 = backZ + 0.1;
  m.box(-1.6, height, z0, 1.6, top, z1, SCREEN);
  m.box(-w, height + 2.3, z0, -1.6, top, z1, SCREEN);
  m.box(1.6, height + 2.3, z0, w, top, z1, SCREEN);
  m.box(-w, height, z0, -3.3, height + 2.3, z1, SCREEN);
  m.box(3.3, height, z0, w, height + 2.3, z1, SCREEN);
  // The doors' curtains (门帘), hung a little behind the screen.
  m.box(-3.3, height, z1, -1.6, height + 2.3, z1 + 0.05, CURTAIN);
  m.box(1.6, height, z1, 3.3, height + 2.3, z1 + 0.05, CURTAIN);
  m.box(-1.6, top - 0.2, z0 - 0.02, 1.6, top, z0, GOLD);
}

/** A square table with two chairs behind it (an old teahouse theatre seated its audience so). */
function tableWithChairs(m: MeshBuffer, x: number, z: number): void {
  m.block(x, z, 0.8, 0.8, 0.72, 0.77, WOOD);
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) m.block(x + sx * 0.34, z + sz * 0.34, 0.05, 0.05, 0, 0.72, WOOD);
  for (const sx of [-1, 1]) chair(m, x + sx * 0.3, z - 0.65);
}

function chair(m: MeshBuffer, x: number, z: number, facingNorth = true): void {
  const back = facingNorth ? -1 : 1;
  m.block(x, z, 0.46, 0.44, 0.42, 0.47, WOOD);
  m.block(x, z + back * 0.2, 0.46, 0.05, 0.47, 1.0, WOOD);
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) m.block(x + sx * 0.2, z + sz * 0.19, 0.04, 0.04, 0, 0.42, WOOD);
}

/** The musicians' corner: a low platform, a table for the drum and clapper (鼓板), chairs for the band. */
function band(m: MeshBuffer): void {
  const b = STAGE.band;
  m.box(b.minX, 0, b.minZ, b.maxX, b.height, b.maxZ, WOOD);
  const cx = (b.minX + b.maxX) / 2;
  m.block(cx + 0.3, b.minZ + 1.2, 0.7, 0.5, b.height, b.height + 0.75, DARK_RED); // the drum table
  m.block(cx + 0.3, b.minZ + 1.2, 0.3, 0.3, b.height + 0.75, b.height + 0.9, GOLD); // the single-skin drum
  for (const z of [b.minZ + 1.9, b.minZ + 2.6, b.minZ + 3.3]) {
    m.frame = { ox: cx - 0.2, oz: z, sin: 1, cos: 0 }; // chairs face the stage (east)
    chair(m, 0, 0);
    m.frame = { ox: 0, oz: 0, sin: 0, cos: 1 };
  }
}

/** The side gallery along the east wall: a floor on posts at the gallery's seat height, and a railing. */
function gallery(m: MeshBuffer): void {
  const floor = 3.0;
  m.box(7.4, floor - 0.15, -8, 10, floor, 7, WOOD);
  for (const z of [-8, -4, 0, 4, 7]) m.block(7.55, z, 0.25, 0.25, 0, floor - 0.15, RED);
  m.box(7.35, floor, -8, 7.45, floor + 0.9, 7, RED);
  for (const z of [-6, -2, 2, 5.5]) {
    m.frame = { ox: 8.6, oz: z, sin: -1, cos: 0 }; // gallery chairs face west, to the stage
    chair(m, 0, 0);
    m.frame = { ox: 0, oz: 0, sin: 0, cos: 1 };
  }
}

/** The couplet boards: tall lacquered boards on the front faces of the front pillars, and the name board above. */
function boards(m: MeshBuffer): void {
  const { halfWidth: w, frontZ, height } = STAGE;
  const z = frontZ - 0.18;
  const y0 = height + 0.5;
  const y1 = height + STAGE.pillarHeight - 0.8;
  const board = (x: number, u0: number, u1: number) =>
    m.face(
      [
        [x - 0.16, y0, z],
        [x + 0.16, y0, z],
        [x + 0.16, y1, z],
        [x - 0.16, y1, z],
      ],
      [0, 0, -1],
      [
        [u0, 0],
        [u1, 0],
        [u1, 1],
        [u0, 1],
      ],
      [1, 1, 1],
    );
  // Facing the stage, the upper line hangs on the right (+x), the lower on the left.
  board(w, 0, 0.5);
  board(-w, 0.5, 1);
}

export function buildStageBuffers(): StageBuffers {
  const solid = new MeshBuffer();
  const carpet = new MeshBuffer();
  const couplet = new MeshBuffer();
  platform(solid, carpet);
  canopy(solid);
  backScreen(solid);
  band(solid);
  gallery(solid);
  for (let row = 0; row < 4; row++)
    for (const x of [-5.4, -2.7, 0, 2.7, 5.4]) tableWithChairs(solid, x, -1.2 - row * 2.2);
  boards(couplet);
  return { solid, carpet, boards: couplet };
}
