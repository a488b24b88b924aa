// Exhibits drawn from a glb instead of the hall's lathe: forms the lathe cannot turn (a spout, a handle).
import { EWER_SPAN } from "../models/yueEwer";
import type { Built } from "./records";

interface Modelled {
  /** Picks the record (the first that matches, in catalog order, so the choice is stable). */
  group: string;
  titleEn: string;
  src: `models/${string}.glb`;
  span: { width: number; depth: number };
}

const MODELLED: readonly Modelled[] = [
  { group: "yue", titleEn: "Yue celadon ewer", src: "models/yue-celadon-ewer.glb", span: EWER_SPAN },
];

/** Gives each chosen record its model and the dimensions across spout and handle. */
export function applyModels(built: Built[]): Built[] {
  for (const m of MODELLED) {
    const hit = built.find((b) => b.group === m.group && b.record.title.en === m.titleEn);
    if (!hit) throw new Error(`No ${m.group} record titled "${m.titleEn}" to draw from ${m.src}`);
    const h = hit.record.dimensions.heightCm;
    const cm = (f: number) => Math.round(h * f * 10) / 10;
    hit.record = {
      ...hit.record,
      form: { kind: "model", src: m.src },
      dimensions: { heightCm: h, widthCm: cm(m.span.width), depthCm: cm(m.span.depth) },
    };
  }
  return built;
}
