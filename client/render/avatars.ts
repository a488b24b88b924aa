// Remote visitors drawn as friendly avatars: every part one thin-instanced mesh, every name one sprite of one atlas.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Matrix, Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene } from "@babylonjs/core/scene";
import type { Pose } from "../../common/pose";
import { createAvatarBatch } from "./avatarBatch";
import { BODY_HEIGHT, bodyShape, faceShape, handShape, hatShape, headShape, speakingRingShape } from "./avatarShapes";
import { createNameTags } from "./nameTags";

export interface AvatarInput {
  id: string;
  /** Already cleaned, at most 32 characters, may be Chinese. */
  name: string;
  /** "#rrggbb" */
  color: string;
  role: "visitor" | "guide";
  /**
   * Metres and radians. x, y, z: the head (eye) in the world; yaw 0 faces +z, π/2 faces +x; pitch > 0 looks up.
   * hands (VR only): positions relative to the head in world axes, rotations as world quaternions.
   */
  pose: Pose;
  /** The connection dropped and may come back: drawn greyed, but still drawn so nothing flickers. */
  away: boolean;
  /** Their voice is heard right now: a ring floats over their head. */
  speaking?: boolean;
}

export interface AvatarLayer {
  /** Called every frame with the visitors to draw (already filtered to this scene, already interpolated). */
  update(visitors: readonly AvatarInput[]): void;
  /** How many avatars are drawn now. */
  count(): number;
  /** How many of them wear the speaking ring now. */
  speakers(): number;
  dispose(): void;
}

/** Eyes sit this far above the shoulders. */
const NECK = 0.25;
// A seated or very tall visitor's body is stretched within these bounds; past them it stands off the ground
// (a visitor on a raised floor) rather than growing into a pillar.
const MIN_STRETCH = 0.35;
const MAX_STRETCH = 1.4;
/** How far the head's colour is lightened from the body's. */
const HEAD_TINT = 0.4;

/** Away: the colour's own lightness, washed towards white, with a trace of its hue so friends still know it. */
export function awayColor(r: number, g: number, b: number, out: Color3): Color3 {
  const lum = 0.299 * r + 0.587 * g + 0.114 * b;
  const grey = (c: number) => 0.55 + 0.35 * (lum + (c - lum) * 0.15);
  return out.set(grey(r), grey(g), grey(b));
}

export function createAvatarLayer(scene: Scene): AvatarLayer {
  // One white material for every part: the per-instance colour (times the vertex colour) is the whole look.
  const material = new StandardMaterial("avatar", scene);
  material.diffuseColor = Color3.White();
  material.specularColor = new Color3(0.15, 0.15, 0.15);
  material.specularPower = 32;
  // "#rrggbb" as 0xrrggbb, cached: parsing the strings again each frame would allocate.
  const parsedColors = new Map<string, number>();
  const colorBits = (hex: string): number => {
    let bits = parsedColors.get(hex);
    if (bits === undefined) {
      bits = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0x888888;
      parsedColors.set(hex, bits);
    }
    return bits;
  };
  const body = createAvatarBatch("avatar-body", bodyShape(), material, scene);
  const head = createAvatarBatch("avatar-head", headShape(), material, scene);
  const face = createAvatarBatch("avatar-face", faceShape(), material, scene);
  const hands = createAvatarBatch("avatar-hands", handShape(), material, scene);
  const hats = createAvatarBatch("avatar-guide-hat", hatShape(), material, scene);
  const rings = createAvatarBatch("avatar-speaking", speakingRingShape(), material, scene);
  const batches = [body, head, face, hands, hats, rings];
  const tags = createNameTags(scene);

  // Temporaries reused every frame and every avatar: the loop allocates nothing.
  const scale = new Vector3();
  const rotation = new Quaternion();
  const position = new Vector3();
  const matrix = new Matrix();
  const base = new Color3();
  const shade = new Color3();
  let drawn = 0;
  let speakingNow = 0;

  const placeHand = (slot: number, headPose: Pose, hand: NonNullable<Pose["hands"]>["left"], c: Color3) => {
    const q = hand.rotation;
    rotation.set(q.x, q.y, q.z, q.w);
    position.set(headPose.x + hand.position.x, headPose.y + hand.position.y, headPose.z + hand.position.z);
    Matrix.ComposeToRef(Vector3.OneReadOnly, rotation, position, matrix);
    hands.setMatrix(slot, matrix);
    hands.setColor(slot, c.r, c.g, c.b);
  };

  return {
    update(visitors) {
      const n = visitors.length;
      let handCount = 0;
      let guideCount = 0;
      let speakerCount = 0;
      for (let i = 0; i < n; i++) {
        if (visitors[i].pose.hands) handCount += 2;
        if (visitors[i].role === "guide") guideCount++;
        if (visitors[i].speaking) speakerCount++;
      }
      rings.reserve(speakerCount);
      body.reserve(n);
      head.reserve(n);
      face.reserve(n);
      hands.reserve(handCount);
      hats.reserve(guideCount);

      let h = 0;
      let g = 0;
      let r = 0;
      for (let i = 0; i < n; i++) {
        const v = visitors[i];
        const p = v.pose;
        const bits = colorBits(v.color);
        base.set(((bits >> 16) & 255) / 255, ((bits >> 8) & 255) / 255, (bits & 255) / 255);
        if (v.away) awayColor(base.r, base.g, base.b, base);
        const light = v.away ? 0.6 : 1; // the face and hat are painted; away, they dim instead of greying

        // Body: turned by yaw only, stretched from the ground to the shoulders.
        const shoulders = p.y - NECK;
        const stretch = Math.min(MAX_STRETCH, Math.max(MIN_STRETCH, shoulders / BODY_HEIGHT));
        Quaternion.RotationYawPitchRollToRef(p.yaw, 0, 0, rotation);
        scale.set(1, stretch, 1);
        position.set(p.x, shoulders - BODY_HEIGHT * stretch, p.z);
        Matrix.ComposeToRef(scale, rotation, position, matrix);
        body.setMatrix(i, matrix);
        body.setColor(i, base.r, base.g, base.b);

        // Head, face and hat share one matrix: centred on the eyes, turned by yaw and pitch (Babylon's +x tilt looks down).
        Quaternion.RotationYawPitchRollToRef(p.yaw, -p.pitch, 0, rotation);
        position.set(p.x, p.y, p.z);
        Matrix.ComposeToRef(Vector3.OneReadOnly, rotation, position, matrix);
        head.setMatrix(i, matrix);
        shade.set(
          base.r + (1 - base.r) * HEAD_TINT,
          base.g + (1 - base.g) * HEAD_TINT,
          base.b + (1 - base.b) * HEAD_TINT,
        );
        head.setColor(i, shade.r, shade.g, shade.b);
        face.setMatrix(i, matrix);
        face.setColor(i, light, light, light);
        if (v.role === "guide") {
          hats.setMatrix(g, matrix);
          hats.setColor(g, light, light, light);
          g++;
        }
        if (v.speaking) {
          rings.setMatrix(r, matrix);
          rings.setColor(r, light, light, light);
          r++;
        }
        if (p.hands) {
          placeHand(h++, p, p.hands.left, shade);
          placeHand(h++, p, p.hands.right, shade);
        }
      }
      body.commit(n);
      head.commit(n);
      face.commit(n);
      hands.commit(h);
      hats.commit(g);
      rings.commit(r);
      tags.update(visitors);
      drawn = n;
      speakingNow = r;
    },
    count: () => drawn,
    speakers: () => speakingNow,
    dispose() {
      for (const b of batches) b.dispose();
      tags.dispose();
      material.dispose();
      drawn = 0;
    },
  };
}
