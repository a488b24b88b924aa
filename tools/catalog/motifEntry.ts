// How a motif of the ceramics is written down: the name a title gives it and what to look for.
import { bi, type Bi } from "./records";

export interface Motif {
  /** As in a title: "lotus scroll" / "缠枝莲纹“. */
  name: Bi;
  /** What to look for; null when a title says all there is to say. "{form}" stands for the object's form ("ewer"). */
  look: Bi | null;
  /** The sentence for a closed form (jar, vase, ewer) where `look` speaks of a bowl's or dish's well. */
  closed?: Bi;
}

export const motif = (en: string, zh: string, look: Bi | null = null, closed?: Bi): Motif => ({
  name: bi(en, zh),
  look,
  ...(closed ? { closed } : {}),
});
