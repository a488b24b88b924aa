// The patterns painted on Neolithic pottery (Majiayao): whorls, nets, circles and a frog-like figure.
import { motif } from "./motifEntry";
import { bi } from "./records";

/** Painted in black and red slip before the firing. */
export const NEOLITHIC_MOTIFS = {
  spiral: motif(
    "spiral whorls",
    "旋涡纹",
    bi(
      "Bold spiral whorls sweep around the upper body, painted with a soft brush while the {form} turned slowly on a mat.",
      "粗放的旋涡纹环绕器身上部，是在器物缓慢转动时以软笔绘成的。",
    ),
  ),
  sawtooth: motif(
    "sawtooth-bordered spirals",
    "锯齿纹",
    bi(
      "Black bands edged with red and with sawtooth borders are the hallmark of the Banshan phase.",
      "黑红相间并饰锯齿边的条带是半山类型彩陶的典型特征。",
    ),
  ),
  net: motif(
    "net pattern",
    "网格纹",
    bi(
      "A net of fine crossed lines may recall the fishing nets of the river-valley villages.",
      "细密交错的网格纹，或许来自河谷村落的渔网。",
    ),
  ),
  frog: motif(
    "a frog-like figure",
    "蛙纹",
    bi(
      "The limbed, frog-like figure of the Machang phase has been read as a fertility symbol or a spirit of water.",
      "马厂类型的蛙纹（亦称神人纹）四肢伸展，被认为是生殖崇拜或水神的象征。",
    ),
  ),
  circles: motif(
    "concentric circles",
    "圆圈纹",
    bi(
      "Large concentric circles, filled with dots or crosses, fill the shoulder like four eyes looking out.",
      "四个大圆圈内填网点或十字，环布肩部，仿佛向外凝视的眼睛。",
    ),
  ),
};
