// Decoration on ceramics: the motif as a title names it, and a sentence on what it shows or means. Each kind of
// decoration keeps its own file; this is the one table the records look motifs up in.
import { GLAZE_MOTIFS } from "./glazeMotifs";
import type { Motif } from "./motifEntry";
import { NEOLITHIC_MOTIFS } from "./neolithicMotifs";
import { PAINTED_MOTIFS } from "./paintedMotifs";
import { WORKED_MOTIFS } from "./workedMotifs";

export const MOTIFS = { ...PAINTED_MOTIFS, ...NEOLITHIC_MOTIFS, ...WORKED_MOTIFS, ...GLAZE_MOTIFS } satisfies Record<
  string,
  Motif
>;
export type MotifKey = keyof typeof MOTIFS;
