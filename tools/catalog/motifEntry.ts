// How a motif of the ceramics is written down: the name a title gives it and what to look for.
import { bi, type Bi } from "./records";

export interface Motif {
  /** As in a title: "lotus scroll" / "缠枝莲纹“. */
  name: Bi;
  /** What to look for; null when a title says all there is to say. */
  look: Bi | null;
}

export const motif = (en: string, zh: string, look: Bi | null = null): Motif => ({ name: bi(en, zh), look });
