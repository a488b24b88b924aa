// The performers' choreography as data: keyframes (place, facing, fan and sleeve pose) and the percussion's beats,
// checked by zod, and `poseAt`, the one pure rule every member uses to find the same pose at the same millisecond.
import { z } from "zod";

/** The folding fan's poses (杜丽娘's 折扇; 春香 carries a round fan, posed the same way). */
export const FanPoseSchema = z.enum(["closed", "open-low", "open-high", "cover-face", "point"]);
/** The water sleeves' (水袖) poses: hanging, raised, flicked out, covering the face, folded back over the wrist. */
export const SleevePoseSchema = z.enum(["down", "raised", "flick", "cover", "fold"]);
export const PerformerRoleSchema = z.enum(["du-liniang", "chunxiang"]);

const finite = z.number().finite();

export const KeyframeSchema = z.strictObject({
  ms: z.number().int().min(0),
  /** Stage metres: x across (stage right negative), z depth from the front edge of the stage. */
  x: finite.min(-6).max(6),
  z: finite.min(0).max(6),
  /** Degrees: 0 faces the audience, positive turns to stage left. */
  facing: finite.min(-180).max(180),
  fan: FanPoseSchema,
  sleeve: SleevePoseSchema,
});

export const PercussionBeatSchema = z.strictObject({
  ms: z.number().int().min(0),
  /** 板: the clapper marking the beat; 鼓: the single-skin drum (单皮鼓) leading the band. */
  kind: z.enum(["ban", "gu"]),
});

const increasing = (ms: readonly number[]) => ms.every((t, i) => i === 0 || t > ms[i - 1]);

export const PerformerTrackSchema = z
  .strictObject({
    role: PerformerRoleSchema,
    keyframes: z.array(KeyframeSchema).min(2, "a performer needs at least two keyframes"),
  })
  .refine((t) => increasing(t.keyframes.map((k) => k.ms)), {
    message: "keyframes must be in strictly increasing time (ms)",
    path: ["keyframes"],
  });

export const ChoreographySchema = z
  .strictObject({
    $comment: z.string().optional(),
    lengthMs: z.number().int().positive().max(3_600_000),
    performers: z.array(PerformerTrackSchema).min(1),
    percussion: z.array(PercussionBeatSchema),
  })
  .superRefine((c, ctx) => {
    const roles = c.performers.map((p) => p.role);
    if (new Set(roles).size !== roles.length)
      ctx.addIssue({ code: "custom", message: `a role appears twice: ${roles.join(", ")}`, path: ["performers"] });
    c.performers.forEach((p, i) => {
      const first = p.keyframes[0].ms;
      const last = p.keyframes[p.keyframes.length - 1].ms;
      if (first !== 0 || last !== c.lengthMs)
        ctx.addIssue({
          code: "custom",
          message: `${p.role}'s keyframes must run from 0 to lengthMs (${c.lengthMs}); they run from ${first} to ${last}`,
          path: ["performers", i, "keyframes"],
        });
    });
    if (!c.percussion.every((b, i) => i === 0 || b.ms >= c.percussion[i - 1].ms))
      ctx.addIssue({ code: "custom", message: "percussion beats must be in time order", path: ["percussion"] });
    const late = c.percussion.findIndex((b) => b.ms > c.lengthMs);
    if (late >= 0)
      ctx.addIssue({ code: "custom", message: "a percussion beat falls after lengthMs", path: ["percussion", late] });
  });

export type FanPose = z.infer<typeof FanPoseSchema>;
export type SleevePose = z.infer<typeof SleevePoseSchema>;
export type PerformerRole = z.infer<typeof PerformerRoleSchema>;
export type Keyframe = z.infer<typeof KeyframeSchema>;
export type PercussionBeat = z.infer<typeof PercussionBeatSchema>;
export type Choreography = z.infer<typeof ChoreographySchema>;

/** A performer at one moment: place and facing eased between keyframes; a pose named, with how far it has turned
 *  into the next keyframe's pose (0…1), so the figure can blend its limbs. */
export interface PerformerPose {
  role: PerformerRole;
  x: number;
  z: number;
  facing: number;
  fan: FanPose;
  fanNext: FanPose;
  sleeve: SleevePose;
  sleeveNext: SleevePose;
  blend: number;
}

/** Parses a choreography file; the error names the field that is wrong and why. */
export function parseChoreography(json: unknown): Choreography {
  const r = ChoreographySchema.safeParse(json);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new Error(`Choreography is invalid at ${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** Smoothstep: performers ease out of one keyframe and into the next rather than moving at constant speed. */
const ease = (t: number) => t * t * (3 - 2 * t);

/** The shorter way round from one facing to another (−180…180). */
function turn(from: number, to: number, t: number): number {
  const d = ((((to - from) % 360) + 540) % 360) - 180;
  const a = from + d * t;
  return ((((a + 180) % 360) + 360) % 360) - 180;
}

/** Index of the last keyframe at or before `ms` (binary search: called for every performer every frame). */
function keyBefore(keys: readonly Keyframe[], ms: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keys[mid].ms <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every performer's pose at `ms` of the performance (clamped to 0…lengthMs). Deterministic: same input, same pose. */
export function poseAt(c: Choreography, ms: number): PerformerPose[] {
  if (!Number.isFinite(ms)) throw new Error(`poseAt needs a finite time in ms, got ${ms}`);
  const t = Math.max(0, Math.min(c.lengthMs, ms));
  return c.performers.map((p) => {
    const keys = p.keyframes;
    const i = keyBefore(keys, t);
    const a = keys[i];
    const b = keys[Math.min(i + 1, keys.length - 1)];
    const f = b.ms > a.ms ? ease((t - a.ms) / (b.ms - a.ms)) : 0;
    return {
      role: p.role,
      x: a.x + (b.x - a.x) * f,
      z: a.z + (b.z - a.z) * f,
      facing: turn(a.facing, b.facing, f),
      fan: a.fan,
      fanNext: b.fan,
      sleeve: a.sleeve,
      sleeveNext: b.sleeve,
      blend: f,
    };
  });
}

/** The beats that fall in (fromMs, toMs]: what one frame must sound or show. A frame that wraps past the end of a
 *  looping performance asks for the two pieces separately. */
export function beatsBetween(c: Choreography, fromMs: number, toMs: number): PercussionBeat[] {
  if (!(toMs > fromMs)) return [];
  return c.percussion.filter((b) => b.ms > fromMs && b.ms <= toMs);
}
