// Plain triangle-mesh data shared by the model builders: merge, move and count, nothing glTF-specific.

/** One indexed triangle list; normals are unit length, triangles wind counter-clockwise seen from outside. */
export interface MeshData {
  positions: number[];
  normals: number[];
  indices: number[];
}

export type Vec3 = [number, number, number];

export function emptyMesh(): MeshData {
  return { positions: [], normals: [], indices: [] };
}

export function vertexCount(mesh: MeshData): number {
  return mesh.positions.length / 3;
}

export function triangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3;
}

/** Appends a vertex and returns its index, so helpers can build faces without tracking offsets. */
export function pushVertex(mesh: MeshData, p: Vec3, n: Vec3): number {
  mesh.positions.push(p[0], p[1], p[2]);
  mesh.normals.push(n[0], n[1], n[2]);
  return mesh.positions.length / 3 - 1;
}

/** Concatenates meshes into one, so each material becomes a single primitive (one draw call). */
export function mergeMeshes(...meshes: MeshData[]): MeshData {
  const out = emptyMesh();
  for (const m of meshes) {
    const base = vertexCount(out);
    out.positions.push(...m.positions);
    out.normals.push(...m.normals);
    for (const i of m.indices) out.indices.push(base + i);
  }
  return out;
}

export function translate(mesh: MeshData, [dx, dy, dz]: Vec3): MeshData {
  const positions = mesh.positions.map((v, i) => v + (i % 3 === 0 ? dx : i % 3 === 1 ? dy : dz));
  return { positions, normals: [...mesh.normals], indices: [...mesh.indices] };
}

/** Right-handed rotation about +Y (+Z turns toward +X); normals turn with the positions. */
export function rotateY(mesh: MeshData, angle: number): MeshData {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const turn = (src: number[]): number[] => {
    const out = [...src];
    for (let i = 0; i < src.length; i += 3) {
      out[i] = c * src[i] + s * src[i + 2];
      out[i + 2] = -s * src[i] + c * src[i + 2];
    }
    return out;
  };
  return { positions: turn(mesh.positions), normals: turn(mesh.normals), indices: [...mesh.indices] };
}

/** Places copies of a mesh at equal angles around +Y, e.g. railing posts or windows round a drum. */
export function ringOf(mesh: MeshData, count: number, phase = 0): MeshData {
  const copies: MeshData[] = [];
  for (let k = 0; k < count; k++) copies.push(rotateY(mesh, phase + (2 * Math.PI * k) / count));
  return mergeMeshes(...copies);
}

export function normalize([x, y, z]: Vec3): Vec3 {
  const len = Math.hypot(x, y, z);
  return len === 0 ? [0, 1, 0] : [x / len, y / len, z / len];
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
