// The libretto's companion data: the edition followed, the roles, the readings checked by hand, and each line's
// glosses and variants. The lines' words and timing live in the WebVTT surtitles; this names where they come from.
import { z } from "zod";
import { LocalizedTextSchema } from "../sceneParts";

const CueIdSchema = z.string().regex(/^[a-z]+-[0-9]+$/, "must be a cue id like 'zlp-1'");

export const SurtitleRoleSchema = z.enum(["du-liniang", "chunxiang", "together"]);

/** Where a gloss comes from: a classic text it alludes to (named), or the museum's own reading (said so). */
export const GlossSourceSchema = z.strictObject({
  kind: z.enum(["classic", "dictionary", "commentary", "museum"]),
  citation: LocalizedTextSchema,
});

export const GlossSchema = z.strictObject({
  /** The words of the line the gloss explains (must occur in the line). */
  term: z.string().min(1),
  note: LocalizedTextSchema,
  source: GlossSourceSchema,
});

export const LibrettoLineSchema = z.strictObject({
  cue: CueIdSchema,
  tune: LocalizedTextSchema,
  kind: z.enum(["sung", "spoken"]),
  glosses: z.array(GlossSchema).min(1, "every line has at least one gloss"),
  /** Where copies of the text differ from the edition followed. */
  variants: z.array(z.strictObject({ reading: z.string().min(1), note: LocalizedTextSchema })).optional(),
});

/** A polyphonic character whose reading here was checked by hand (and differs from the dictionary default). */
export const ReadingSchema = z.strictObject({
  cue: CueIdSchema,
  char: z.string().regex(/^\p{Script=Han}$/u, "must be one Chinese character"),
  pinyin: z.string().min(1),
  note: LocalizedTextSchema,
});

export const LibrettoSchema = z
  .strictObject({
    $comment: z.string().optional(),
    id: z.string().min(1),
    title: LocalizedTextSchema,
    author: LocalizedTextSchema,
    edition: z.strictObject({ name: LocalizedTextSchema, status: LocalizedTextSchema, omitted: LocalizedTextSchema }),
    credits: z.strictObject({
      translation: LocalizedTextSchema,
      pinyin: LocalizedTextSchema,
      staging: LocalizedTextSchema,
      accompaniment: LocalizedTextSchema,
    }),
    roles: z.array(z.strictObject({ id: SurtitleRoleSchema, voice: LocalizedTextSchema, name: LocalizedTextSchema })),
    readings: z.array(ReadingSchema),
    lines: z.array(LibrettoLineSchema).min(1),
  })
  .superRefine((l, ctx) => {
    const ids = l.lines.map((x) => x.cue);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) ctx.addIssue({ code: "custom", message: `line ${twice} appears twice`, path: ["lines"] });
    l.readings.forEach((r, i) => {
      if (!ids.includes(r.cue))
        ctx.addIssue({ code: "custom", message: `reading names unknown cue ${r.cue}`, path: ["readings", i, "cue"] });
    });
    const roles = l.roles.map((r) => r.id);
    if (new Set(roles).size !== roles.length)
      ctx.addIssue({ code: "custom", message: "a role is listed twice", path: ["roles"] });
  });

export type SurtitleRole = z.infer<typeof SurtitleRoleSchema>;
export type Gloss = z.infer<typeof GlossSchema>;
export type LibrettoLine = z.infer<typeof LibrettoLineSchema>;
export type Libretto = z.infer<typeof LibrettoSchema>;

/** Parses the libretto file; the error names the field that is wrong and why. */
export function parseLibretto(json: unknown): Libretto {
  const r = LibrettoSchema.safeParse(json);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new Error(`Libretto is invalid at ${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** The role whose voice tag (in either language) is `voice`, or null. */
export function roleOfVoice(l: Libretto, voice: string): SurtitleRole | null {
  return l.roles.find((r) => r.voice.zh === voice || r.voice.en === voice)?.id ?? null;
}
