// The geometry of one avatar's parts, each in its own local frame, as vertex data to be drawn with thin instances.
import { Matrix } from "@babylonjs/core/Maths/math.vector";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData";
import { CreateCylinderVertexData } from "@babylonjs/core/Meshes/Builders/cylinderBuilder";
import { CreateSphereVertexData } from "@babylonjs/core/Meshes/Builders/sphereBuilder";
import { CreateTorusVertexData } from "@babylonjs/core/Meshes/Builders/torusBuilder";

/** Shoulder height the body is modelled at; instances stretch it in y to reach other heads. */
export const BODY_HEIGHT = 1.35;
/** The head sphere is centred on the eye position. */
export const HEAD_RADIUS = 0.15;

type Rgb = readonly [number, number, number];

/** Solid vertex colour, so one mesh can carry several colours and still take a per-instance tint on top. */
function painted(data: VertexData, [r, g, b]: Rgb): VertexData {
  const count = data.positions!.length / 3;
  const colors = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) colors.set([r, g, b, 1], i * 4);
  data.colors = colors;
  return data;
}

const moved = (data: VertexData, x: number, y: number, z: number) => data.transform(Matrix.Translation(x, y, z));

/**
 * A closed surface of revolution round the y axis from (radius, y) pairs, bottom to top, squashed to an ellipse
 * (sx across the shoulders, sz front to back) so the body's yaw shows. Poles are single vertices and the seam
 * shares vertices, so computed normals stay smooth all round.
 */
function lathe(profile: readonly (readonly [number, number])[], segments: number, sx: number, sz: number): VertexData {
  const positions: number[] = [0, profile[0][1], 0];
  for (const [r, y] of profile) {
    for (let s = 0; s < segments; s++) {
      const a = (s / segments) * Math.PI * 2;
      positions.push(Math.sin(a) * r * sx, y, Math.cos(a) * r * sz);
    }
  }
  const top = positions.length / 3;
  positions.push(0, profile[profile.length - 1][1], 0);
  const ring = (k: number, s: number) => 1 + k * segments + (s % segments);
  const indices: number[] = [];
  for (let s = 0; s < segments; s++) {
    indices.push(0, ring(0, s), ring(0, s + 1));
    for (let k = 0; k + 1 < profile.length; k++) {
      indices.push(ring(k, s), ring(k + 1, s + 1), ring(k, s + 1));
      indices.push(ring(k, s), ring(k + 1, s), ring(k + 1, s + 1));
    }
    const last = profile.length - 1;
    indices.push(top, ring(last, s + 1), ring(last, s));
  }
  const data = new VertexData();
  data.positions = positions;
  data.indices = indices;
  data.normals = [];
  VertexData.ComputeNormals(positions, indices, data.normals);
  return data;
}

/** A rounded, pawn-like torso standing on y = 0: soft base, robe, waist, chest, round shoulders and a neck into the head. */
export function bodyShape(): VertexData {
  const profile: [number, number][] = [
    [0.15, 0],
    [0.21, 0.03],
    [0.225, 0.1],
    [0.2, 0.45],
    [0.18, 0.75],
    [0.2, 0.98],
    [0.22, 1.15],
    [0.215, 1.26],
    [0.17, 1.33],
    [0.1, 1.365],
    [0.065, 1.38],
    [0.06, 1.5], // long enough to reach the head when a seated visitor's body is squashed
  ];
  // Few segments on purpose: a crowd of 100 must stay a small share of a headset's triangle budget.
  return painted(lathe(profile, 14, 1.15, 0.85), [1, 1, 1]);
}

export function headShape(): VertexData {
  return painted(CreateSphereVertexData({ diameter: HEAD_RADIUS * 2, segments: 8 }), [1, 1, 1]);
}

/** A dark visor with two bright eyes on the head's front (+z), so anyone can tell where a visitor looks. */
export function faceShape(): VertexData {
  const visor = painted(
    CreateSphereVertexData({ diameterX: 0.22, diameterY: 0.12, diameterZ: 0.1, segments: 6 }),
    [0.12, 0.14, 0.2],
  );
  moved(visor, 0, 0.01, HEAD_RADIUS - 0.035);
  const eyes = [-0.045, 0.045].map((x) => {
    const eye = painted(
      CreateSphereVertexData({ diameterX: 0.03, diameterY: 0.042, diameterZ: 0.02, segments: 4 }),
      [0.85, 0.97, 1],
    );
    return moved(eye, x, 0.015, HEAD_RADIUS + 0.008);
  });
  return visor.merge(eyes);
}

/** A mitten: the hand's +z points along the controller, its flat side faces down. */
export function handShape(): VertexData {
  return painted(
    CreateSphereVertexData({ diameterX: 0.08, diameterY: 0.045, diameterZ: 0.11, segments: 6 }),
    [1, 1, 1],
  );
}

/** A guide's wide-brimmed yellow hat with a red band, sitting on the head (drawn with the head's matrix). */
export function hatShape(): VertexData {
  const yellow: Rgb = [0.98, 0.78, 0.2];
  const brim = moved(
    painted(CreateCylinderVertexData({ height: 0.015, diameter: 0.42, tessellation: 24 }), yellow),
    0,
    0.095,
    0,
  );
  const crown = moved(
    painted(
      CreateCylinderVertexData({ height: 0.12, diameterTop: 0.19, diameterBottom: 0.235, tessellation: 20 }),
      yellow,
    ),
    0,
    0.16,
    0,
  );
  const band = moved(
    painted(
      CreateCylinderVertexData({ height: 0.03, diameterTop: 0.232, diameterBottom: 0.24, tessellation: 20 }),
      [0.85, 0.2, 0.18],
    ),
    0,
    0.118,
    0,
  );
  return brim.merge([crown, band]);
}

/** The ring that floats over a speaker's head while their voice is heard (above a guide's hat). */
export function speakingRingShape(): VertexData {
  return moved(
    painted(CreateTorusVertexData({ diameter: 0.46, thickness: 0.035, tessellation: 28 }), [0.45, 1, 0.6]),
    0,
    0.36,
    0,
  );
}
