// Motifs worked into the clay rather than painted: carved, incised, moulded, applied, cut through the slip.
import { motif } from "./motifEntry";
import { bi } from "./records";

/** Decoration the glaze covers or pools in. */
export const WORKED_MOTIFS = {
  carvedLotus: motif(
    "carved lotus",
    "刻花莲纹",
    bi(
      "The lotus is carved with a slanting knife, so the glaze pools deeper in the cuts and shows the pattern in light and shade.",
      "莲纹以斜刀刻出，釉汁在刀痕处积聚较厚，使纹饰呈现深浅变化。",
    ),
  ),
  incisedDucks: motif(
    "ducks among reeds",
    "划花水禽纹",
    bi(
      "Ducks among reeds are drawn with a comb and a fine point in a few quick strokes.",
      "水禽芦苇纹以篦具和细尖工具寥寥数笔划成。",
    ),
  ),
  mouldedPeony: motif(
    "moulded peonies",
    "印花牡丹纹",
    bi(
      "The peonies were pressed into the clay from a carved mould, a way of making crisp patterns quickly.",
      "牡丹纹以刻有花纹的模具压印而成，可以快速做出清晰规整的图案。",
    ),
  ),
  sgraffito: motif(
    "peony carved through the slip",
    "剔花牡丹纹",
    bi(
      "The potter carved away the white slip around the peony so it stands out against the darker body.",
      "工匠将牡丹周围的白色化妆土剔去，使花纹在深色胎地上凸显出来。",
    ),
  ),
  twinFish: motif(
    "moulded twin fish",
    "双鱼纹",
    bi(
      "Two fish in low relief swim in the well under the glaze, a wish for abundance and a happy marriage.",
      "盘心釉下两条浮雕鱼首尾相随，寓意富足与夫妻和美。",
    ),
    bi(
      "Two fish in low relief swim round the {form} under the glaze, a wish for abundance and a happy marriage.",
      "器身釉下两条浮雕鱼首尾相随，寓意富足与夫妻和美。",
    ),
  ),
  lotusPetals: motif(
    "lotus petals",
    "莲瓣纹",
    bi(
      "Overlapping lotus petals carved on the outside make the {form} itself a flower.",
      "外壁刻出层层相叠的莲瓣，使整件器物宛如一朵莲花。",
    ),
  ),
  incisedFlowers: motif(
    "incised flowers",
    "划花纹",
    bi(
      "Flowers are incised with a fine point; the glaze gathers blue in the lines.",
      "以尖细工具划出花纹，积釉处呈现淡青色。",
    ),
  ),
  bowstring: motif(
    "bowstring bands",
    "弦纹",
    bi(
      "Raised bowstring bands circle the body, copied from the cast ridges of bronze vessels.",
      "器身环绕凸起的弦纹，仿自青铜器上铸出的棱线。",
    ),
  ),
  hunting: motif(
    "a moulded hunting frieze",
    "狩猎纹",
    bi(
      "A frieze moulded in low relief shows riders and archers chasing tigers, deer and boar across hills.",
      "模印的浅浮雕纹带上，骑手与射手在山峦间追逐虎、鹿和野猪。",
    ),
  ),
  appliedPrunus: motif(
    "applied prunus sprays",
    "贴梅花纹",
    bi(
      "Sprays of prunus were moulded separately and pressed onto the body before glazing, so the blossoms stand out in relief.",
      "梅枝单独模制后贴附于器身，再施釉烧成，花朵凸起如浮雕。",
    ),
  ),
};
