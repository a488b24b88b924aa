// Mountings shared by calligraphy and painting: sizes, papers, silks and mounting colours, and the words for each.
import type { Artifact, Material } from "../../common/catalog";
import type { Random } from "./random";
import { bi, type Bi } from "./records";

export type Mounting = "hanging" | "handscroll" | "album-leaf" | "fan";

interface MountingDef {
  name: Bi;
  /** The word a Chinese title ends with: 轴, 卷, 册页, 扇面. */
  zhSuffix: string;
  heightCm: readonly [number, number];
  widthCm: readonly [number, number];
  depthCm: number;
  note: Bi;
}

export const MOUNTINGS: Record<Mounting, MountingDef> = {
  hanging: {
    name: bi("hanging scroll", "立轴"),
    zhSuffix: "轴",
    heightCm: [130, 240],
    widthCm: [40, 72],
    depthCm: 3,
    note: bi(
      "Mounted as a hanging scroll, it was hung for a season or an occasion and then rolled up and stored.",
      "此作装裱为立轴，依时令或场合悬挂，平日卷起收藏。",
    ),
  },
  handscroll: {
    name: bi("handscroll", "手卷"),
    zhSuffix: "卷",
    heightCm: [26, 36],
    widthCm: [110, 300],
    depthCm: 3,
    note: bi(
      "A handscroll is read from right to left, unrolled an arm's length at a time on a table.",
      "手卷置于案上，自右向左逐段展开观赏，每次展开约一臂之长。",
    ),
  },
  "album-leaf": {
    name: bi("album leaf", "册页"),
    zhSuffix: "册页",
    heightCm: [24, 36],
    widthCm: [26, 42],
    depthCm: 1,
    note: bi(
      "This leaf comes from an album, a small format for intimate viewing, turned page by page.",
      "此为册页中的一开，尺幅小巧，宜于逐页翻阅、近观细赏。",
    ),
  },
  fan: {
    name: bi("folding fan leaf", "扇面"),
    zhSuffix: "扇面",
    heightCm: [17, 24],
    widthCm: [46, 56],
    depthCm: 1,
    note: bi(
      "Made on a folding fan, it was carried and shown to friends; later the leaf was taken off its ribs and mounted flat.",
      "此作原在折扇上完成，随身携带、示于友人，后从扇骨上揭下装裱成扇面。",
    ),
  },
};

const PAPERS = ["#efe6cf", "#e9dec4", "#f2ead6", "#e4d6b8"];
const SILKS = ["#d8c8a2", "#cfbf98", "#d3c29c"];
const GOLD_FLECKED = ["#dcc787", "#d6bf7a"];
const MOUNTS = ["#5a4a34", "#6b5a3c", "#3f4f5f", "#7b6a4e", "#c7b995", "#8a7a5a", "#2f3a44", "#4d5a4a"];

/** The ground a scroll is painted or written on, as its colour. */
export function groundColour(material: Material, mounting: Mounting, rnd: Random): string {
  if (mounting === "fan" && rnd.chance(0.4)) return rnd.pick(GOLD_FLECKED);
  return rnd.pick(material.endsWith("silk") ? SILKS : PAPERS);
}

export function scrollSize(mounting: Mounting, rnd: Random): Artifact["dimensions"] {
  const m = MOUNTINGS[mounting];
  return {
    heightCm: rnd.range(m.heightCm[0], m.heightCm[1], 1),
    widthCm: rnd.range(m.widthCm[0], m.widthCm[1], 1),
    depthCm: m.depthCm,
  };
}

export function mountColour(rnd: Random): string {
  return rnd.pick(MOUNTS);
}

/** An artwork seed for the procedural picture: any 31-bit integer, drawn from the record's own stream. */
export function artSeed(rnd: Random): number {
  return rnd.int(0, 2 ** 31 - 1);
}
