// The learner's progress in the studio, kept in the browser (localStorage): per character, whether it was completed
// and the best share of strokes right at the first try.
import "./schemaChecks";
import { z } from "zod";

export const INK_PROGRESS_KEY = "bund.ink.progress";

const ProgressSchema = z.record(
  z.string().max(2),
  z.object({ completed: z.number().int().min(0), best: z.number().min(0).max(1) }),
);
export type InkProgress = z.infer<typeof ProgressSchema>;

export interface InkProgressStore {
  get(): InkProgress;
  /** Records a completed character with its score; returns the updated progress. */
  complete(char: string, score: number): InkProgress;
}

/** `storage` is localStorage in the page; anything unreadable in it counts as no progress rather than an error. */
export function createInkProgress(storage: Pick<Storage, "getItem" | "setItem">): InkProgressStore {
  const read = (): InkProgress => {
    try {
      const parsed = ProgressSchema.safeParse(JSON.parse(storage.getItem(INK_PROGRESS_KEY) ?? "{}"));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  return {
    get: read,
    complete(char, score) {
      const all = read();
      const was = all[char] ?? { completed: 0, best: 0 };
      all[char] = { completed: was.completed + 1, best: Math.max(was.best, Math.min(1, Math.max(0, score))) };
      try {
        storage.setItem(INK_PROGRESS_KEY, JSON.stringify(all));
      } catch {
        // A full or blocked storage loses the progress, not the lesson.
      }
      return all;
    },
  };
}
