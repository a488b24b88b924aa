// Recorded narration with captions in both languages, defined once: an exhibit's narration (common/catalog.ts) and a
// tour stop's media (common/tour.ts) are this schema, so a stop at an exhibit may reuse the exhibit's recording.
import { z } from "zod";

const audioPath = z.string().regex(/^audio\/[a-z0-9.-]+\.(ogg|mp3|wav)$/, "must be audio/<name>.ogg|mp3|wav");
const captionsPath = z.string().regex(/^captions\/[a-z0-9.-]+\.vtt$/, "must be captions/<name>.vtt");

/** Paths under assets/. Which recording plays, and which captions go with it, is common/narrationChoice.ts. */
export const NarrationMediaSchema = z.strictObject({
  /** The English narration, timed to the English captions (or the only track, if there is no audioZh). */
  audio: audioPath.optional(),
  /** The Mandarin narration, timed to the Chinese captions. */
  audioZh: audioPath.optional(),
  captions: z.strictObject({ en: captionsPath, zh: captionsPath }),
});

export type NarrationMedia = z.infer<typeof NarrationMediaSchema>;
