// Decoration that is the glaze itself: splashes and dapples, hare's fur and oil spots, or no decoration at all.
import { motif } from "./motifEntry";
import { bi } from "./records";

/** What the kiln made of the glaze. */
export const GLAZE_MOTIFS = {
  splashed: motif(
    "dappled glazes",
    "点彩",
    bi(
      "The glazes were dabbed on and ran together in the kiln, so no two pieces look alike.",
      "各色釉料点染在器身上，在窑中流淌交融，因此件件不同。",
    ),
  ),
  cobaltSplash: motif(
    "cobalt-blue splashes",
    "蓝彩",
    bi(
      "Blue from imported cobalt was the rarest of the sancai colours.",
      "以进口钴料呈色的蓝彩是三彩中最为珍稀的一种。",
    ),
  ),
  hareFur: motif(
    "hare's-fur glaze",
    "兔毫",
    bi(
      "Look into the {form}: fine, rust-brown streaks run down through the black glaze, where iron crystallised as it cooled.",
      "细看碗内，黑釉中布满锈褐色的细密条纹，这是铁质在冷却时析晶形成的。",
    ),
  ),
  oilSpot: motif(
    "oil-spot glaze",
    "油滴",
    bi(
      "Silvery spots float on the black glaze like drops of oil on water, a rare effect of iron crystals forming on the surface.",
      "黑釉表面浮现银灰色斑点，如水面油滴，是铁晶在釉面析出形成的罕见效果。",
    ),
  ),
  purpleSplash: motif(
    "a purple splash",
    "紫斑",
    bi(
      "The purple splash was brushed on with copper pigment; its edges melt into the blue as the glaze flowed.",
      "紫斑以铜料涂成，其边缘随釉流动而与天蓝色釉自然交融。",
    ),
  ),
  plain: motif("", "", null),
};
