// The avatar layer under NullEngine: thin-instance counts, placement from poses, greyed away visitors, one atlas redraw per change.
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { FreeCamera } from "@babylonjs/core/Cameras/freeCamera";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Matrix, Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import { Scene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Pose } from "../../../common/pose";
import { createAvatarLayer, type AvatarInput } from "../../../client/render/avatars";
import { bodyShape } from "../../../client/render/avatarShapes";

/** DynamicTexture draws on a canvas; NullEngine has none, so give it a 2D context that records what is drawn. */
const drawn: string[] = [];
function fakeCanvasContext() {
  const noop = () => undefined;
  return new Proxy(
    {},
    {
      get: (_t, key) =>
        key === "measureText"
          ? (text: string) => ({ width: text.length * 14 })
          : key === "fillText"
            ? (text: string) => void drawn.push(text)
            : noop,
      set: () => true,
    },
  );
}
globalThis.OffscreenCanvas ??= class {
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    return fakeCanvasContext();
  }
} as unknown as typeof OffscreenCanvas;

let engine: NullEngine | undefined;
afterEach(() => {
  engine?.dispose();
  vi.restoreAllMocks();
  drawn.length = 0;
});

function newScene(maxTextureSize = 4096) {
  engine = new NullEngine();
  engine.getCaps().maxTextureSize = maxTextureSize; // NullEngine claims 512; any WebGL2 device has 2048 or more
  const scene = new Scene(engine);
  new FreeCamera("eye", new Vector3(0, 1.6, -10), scene);
  return scene;
}

const hand = (x: number) => ({ position: { x, y: -0.4, z: 0.3 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
function visitor(i: number, extra: Partial<AvatarInput> = {}, pose: Partial<Pose> = {}): AvatarInput {
  const a = (i / 100) * Math.PI * 2;
  return {
    id: `v${i}`,
    name: i % 2 ? `Visitor ${i}` : `游客${i}`,
    color: "#3366cc",
    role: "visitor",
    away: false,
    pose: { x: Math.cos(a) * 20, y: 1.6, z: Math.sin(a) * 20, yaw: a, pitch: 0, ...pose },
    ...extra,
  };
}
const crowd = (n: number) => Array.from({ length: n }, (_, i) => visitor(i));

const part = (scene: Scene, name: string) => scene.getMeshByName(`avatar-${name}`) as Mesh;
/** What would draw: each mesh with instances is one draw call, and the tags' sprite manager one more. */
function drawCalls(scene: Scene): number {
  const meshes = scene.meshes.filter((m) => m.isVisible && m.isEnabled() && (m as Mesh).thinInstanceCount > 0).length;
  const sprites = (scene.spriteManagers ?? []).filter((s) => s.sprites.some((x) => x.isVisible)).length;
  return meshes + sprites;
}
/** Babylon's private thin-instance buffers (no public getter returns the live ones), read only by these tests. */
type ThinInstanceBuffers = {
  _thinInstanceDataStorage: { matrixData: Float32Array };
  _userThinInstanceBuffersStorage: { data: Record<string, Float32Array> };
};
const buffersOf = (mesh: Mesh) => mesh as unknown as ThinInstanceBuffers;
function instanceMatrix(mesh: Mesh, i: number): Matrix {
  // The live buffer: thinInstanceGetWorldMatrices() caches copies made when the buffer was set.
  return Matrix.FromArray(buffersOf(mesh)._thinInstanceDataStorage.matrixData, i * 16);
}
function instanceColor(mesh: Mesh, i: number): number[] {
  const data = buffersOf(mesh)._userThinInstanceBuffersStorage.data.instanceColor;
  return Array.from(data.subarray(i * 4, i * 4 + 3));
}

describe("avatar layer", () => {
  it("draws nothing with no visitors", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update([]);
    expect(layer.count()).toBe(0);
    // body, head, face, hands, guide hat, speaking ring
    expect(scene.meshes.filter((m) => m.name.startsWith("avatar-")).length).toBe(6);
    expect(scene.meshes.some((m) => m.isVisible)).toBe(false);
    expect(drawCalls(scene)).toBe(0);
  });

  it("100 desktop visitors: one instance per avatar per part, no hands, at most 10 draw calls", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update(crowd(100));
    expect(layer.count()).toBe(100);
    for (const name of ["body", "head", "face"]) expect(part(scene, name).thinInstanceCount, name).toBe(100);
    expect(part(scene, "hands").thinInstanceCount).toBe(0);
    expect(part(scene, "hands").isVisible).toBe(false);
    expect(part(scene, "guide-hat").isVisible).toBe(false);
    expect(drawCalls(scene)).toBe(4); // body, head, face + the name tags
    for (const m of scene.meshes) expect(m.isPickable).toBe(false);
    // Shrinking and growing again reuses the buffers.
    const buffer = buffersOf(part(scene, "body"))._thinInstanceDataStorage.matrixData;
    layer.update(crowd(10));
    layer.update(crowd(100));
    expect(buffersOf(part(scene, "body"))._thinInstanceDataStorage.matrixData).toBe(buffer);
  });

  it("a rendered frame of 100 avatars issues one draw call per part", async () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update(crowd(100));
    await scene.whenReadyAsync();
    const draws = vi.spyOn(engine!, "drawElementsType");
    scene.render();
    // Body, head and face, 100 instances each. (NullEngine never readies the tags' canvas texture, so the one
    // sprite draw call of the name tags does not show here; in Chromium the whole layer measured 3 + 1.)
    expect(draws).toHaveBeenCalledTimes(3);
    expect(draws.mock.calls.map((c) => c[3])).toEqual([100, 100, 100]);
  });

  it("VR visitors get two hands each, guides a hat; everything together stays within 10 draw calls", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    const people = crowd(100).map((v, i) =>
      i < 30 ? { ...v, pose: { ...v.pose, hands: { left: hand(-0.2), right: hand(0.2) } } } : v,
    );
    people[50] = { ...people[50], role: "guide" };
    layer.update(people);
    expect(part(scene, "hands").thinInstanceCount).toBe(60);
    expect(part(scene, "guide-hat").thinInstanceCount).toBe(1);
    expect(drawCalls(scene)).toBe(6);
    // The right hand of the first visitor sits at head + offset.
    const m = instanceMatrix(part(scene, "hands"), 1);
    expect(m.getTranslation().x).toBeCloseTo(people[0].pose.x + 0.2, 5);
    expect(m.getTranslation().y).toBeCloseTo(1.2, 5);
  });

  it("a ring floats over the head of each visitor whose voice is heard, in one more draw call, and goes when they stop", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    const people = crowd(20);
    people[3] = { ...people[3], speaking: true };
    people[7] = { ...people[7], speaking: true, pose: { ...people[7].pose, x: 4, y: 1.7, z: 5 } };
    layer.update(people);
    const rings = part(scene, "speaking");
    expect(rings.thinInstanceCount).toBe(2);
    expect(layer.speakers()).toBe(2);
    const ringCentre = Vector3.TransformCoordinates(
      rings.getBoundingInfo().boundingBox.center,
      instanceMatrix(rings, 1),
    );
    expect(ringCentre.x).toBeCloseTo(4, 1);
    expect(ringCentre.z).toBeCloseTo(5, 1);
    expect(ringCentre.y).toBeGreaterThan(1.7 + 0.25);
    layer.update(people.map((p) => ({ ...p, speaking: false })));
    expect(rings.isVisible).toBe(false);
    expect(layer.speakers()).toBe(0);
  });

  it("the head sits at the pose and the face turns with yaw and pitch", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update([
      visitor(0, {}, { x: 3, y: 1.5, z: -2, yaw: Math.PI / 2, pitch: 0 }),
      visitor(1, {}, { x: 0, y: 1.6, z: 0, yaw: 0, pitch: 0.6 }),
    ]);
    const head = part(scene, "head");
    const scale = new Vector3();
    const rot = new Quaternion();
    const pos = new Vector3();
    instanceMatrix(head, 0).decompose(scale, rot, pos);
    expect(pos.x).toBeCloseTo(3, 5);
    expect(pos.y).toBeCloseTo(1.5, 5);
    expect(pos.z).toBeCloseTo(-2, 5);
    const faceCentre = (i: number) => {
      const face = part(scene, "face");
      const local = face.getBoundingInfo().boundingBox.center;
      return Vector3.TransformCoordinates(local, instanceMatrix(face, i));
    };
    // yaw π/2 faces +x (east).
    expect(faceCentre(0).x).toBeGreaterThan(3 + 0.1);
    expect(Math.abs(faceCentre(0).z + 2)).toBeLessThan(0.02);
    // pitch up lifts the face.
    expect(faceCentre(1).y).toBeGreaterThan(1.6 + 0.05);
    expect(faceCentre(1).z).toBeGreaterThan(0.05);
  });

  it("the body stands on the ground and reaches up to below the head, seated visitors' bodies squashed", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update([visitor(0, {}, { y: 1.6 }), visitor(1, {}, { y: 1.1 })]);
    const body = part(scene, "body");
    const standing = instanceMatrix(body, 0);
    const seated = instanceMatrix(body, 1);
    expect(standing.getTranslation().y).toBeCloseTo(0, 5);
    expect(seated.getTranslation().y).toBeCloseTo(0, 5);
    const top = (m: Matrix) => Vector3.TransformCoordinates(new Vector3(0, 1.35, 0), m).y;
    expect(top(standing)).toBeCloseTo(1.35, 5);
    expect(top(seated)).toBeCloseTo(0.85, 5);
  });

  it("away visitors are drawn greyed and lighter, not removed", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update([visitor(0, { color: "#cc2222" }), visitor(1, { color: "#cc2222", away: true })]);
    expect(layer.count()).toBe(2);
    const [r0, g0, b0] = instanceColor(part(scene, "body"), 0);
    const [r1, g1, b1] = instanceColor(part(scene, "body"), 1);
    expect(r0).toBeCloseTo(0.8, 2);
    expect(Math.max(r1, g1, b1) - Math.min(r1, g1, b1)).toBeLessThan(0.1);
    expect((r1 + g1 + b1) / 3).toBeGreaterThan((r0 + g0 + b0) / 3);
    expect(scene.spriteManagers![0].sprites.map((s) => s.color.a).sort()).toEqual([0.5, 1]);
  });

  it("the name atlas is redrawn once when the set of names changes, never for movement alone", () => {
    const scene = newScene();
    const upload = vi.spyOn(DynamicTexture.prototype, "update");
    const layer = createAvatarLayer(scene);
    const people = crowd(5);
    layer.update(people);
    expect(upload).toHaveBeenCalledTimes(1);
    expect(drawn.sort()).toEqual(people.map((p) => p.name).sort());
    for (let f = 0; f < 5; f++) layer.update(people.map((p) => ({ ...p, pose: { ...p.pose, x: p.pose.x + f } })));
    expect(upload).toHaveBeenCalledTimes(1);
    const renamed = people.map((p, i) => (i === 2 ? { ...p, name: "新名字" } : p));
    layer.update(renamed);
    expect(upload).toHaveBeenCalledTimes(2);
    expect(drawn.at(-1)).toBe("新名字");
    // Someone leaving frees their tag without a redraw; someone new takes the freed cell.
    layer.update(renamed.slice(1));
    expect(upload).toHaveBeenCalledTimes(2);
    expect(scene.spriteManagers![0].sprites.length).toBe(4);
    layer.update([...renamed.slice(1), visitor(99)]);
    expect(upload).toHaveBeenCalledTimes(3);
    expect(new Set(scene.spriteManagers![0].sprites.map((s) => s.cellIndex)).size).toBe(5);
  });

  it("the atlas grows past its first size and every tag keeps its own cell", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update(crowd(100));
    const manager = scene.spriteManagers![0];
    expect(manager.sprites.length).toBe(100);
    expect(new Set(manager.sprites.map((s) => s.cellIndex)).size).toBe(100);
    const size = manager.texture.getSize();
    expect((size.width / 256) * (size.height / 64)).toBeGreaterThanOrEqual(100);
    // Drawn far to near, and a far tag is larger so it stays legible.
    const eye = scene.activeCamera!.globalPosition;
    const d = manager.sprites.map((s) => Vector3.Distance(s.position, eye));
    expect(d[0]).toBeGreaterThanOrEqual(d[d.length - 1]);
    expect(manager.sprites[0].width).toBeGreaterThan(manager.sprites[manager.sprites.length - 1].width);
  });

  it("on a device with small textures the tags stop at what fits; the avatars are all still drawn", () => {
    const scene = newScene(512);
    const layer = createAvatarLayer(scene);
    layer.update(crowd(40));
    expect(layer.count()).toBe(40);
    expect(scene.spriteManagers![0].sprites.length).toBe(16); // 2 columns × 8 rows of 256×64 in 512×512
  });

  it("the body's normals point outwards", () => {
    const data = bodyShape();
    const p = data.positions!;
    const n = data.normals!;
    let outward = 0;
    for (let i = 0; i < p.length; i += 3) if (p[i] * n[i] + p[i + 2] * n[i + 2] >= -1e-6) outward++;
    expect(outward).toBe(p.length / 3);
  });

  it("dispose removes every mesh, the material and the name tags", () => {
    const scene = newScene();
    const layer = createAvatarLayer(scene);
    layer.update(crowd(3));
    layer.dispose();
    expect(scene.meshes.filter((m) => m.name.startsWith("avatar-"))).toEqual([]);
    expect(scene.materials.filter((m) => m.name === "avatar")).toEqual([]);
    expect(scene.spriteManagers ?? []).toEqual([]);
    expect(layer.count()).toBe(0);
  });
});
