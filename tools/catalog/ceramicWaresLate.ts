// The wares of the ceramics department, Yuan to Republic: Jingdezhen's blue-and-white, enamels and monochromes, Dehua.
import { DOUCAI, FAMILLE_ROSE, WUCAI } from "./ceramicEnamels";
import { KANGXI_BLUE_AND_WHITE, MING_BLUE_AND_WHITE, YUAN_BLUE_AND_WHITE } from "./ceramicBlueAndWhite";
import { MONOCHROMES } from "./ceramicMonochromes";
import type { WareDef } from "./ceramicWares";
import { bi } from "./records";

// In the order the galleries show them (and the records are numbered).
export const LATE_WARES: readonly WareDef[] = [
  YUAN_BLUE_AND_WHITE,
  MING_BLUE_AND_WHITE,
  DOUCAI,
  WUCAI,
  KANGXI_BLUE_AND_WHITE,
  FAMILLE_ROSE,
  ...MONOCHROMES,
  {
    key: "dehua",
    count: 16,
    section: "late",
    highlights: 1,
    type: bi("Dehua blanc de Chine", "德化白瓷"),
    titleWare: bi("Dehua porcelain", "德化窑白釉"),
    material: "porcelain",
    periods: [
      ["lateMing", 2],
      ["kangxi", 2],
    ],
    forms: [
      ["cup", 3],
      ["censer", 3],
      ["yuhuchunping", 1],
      ["bowl", 1],
    ],
    motifs: ["plain", "plain", "appliedPrunus"],
    glazes: ["#f4f0e4", "#f6f1e2", "#f2ecdc"],
    lines: 0,
    about: [
      bi(
        "Dehua in Fujian made a dense, milk-white porcelain with a warm ivory glaze, famous in Europe as blanc de Chine.",
        "福建德化窑白瓷胎质致密，釉色温润如脂，在欧洲被称作“中国白”。",
      ),
      bi(
        "Its kilns were best known for Buddhist figures, cups and incense burners, shipped through the port of Quanzhou and later Xiamen.",
        "德化窑以佛像、杯和香炉最为著名，经泉州及后来的厦门港外销。",
      ),
    ],
  },
  {
    key: "republic",
    count: 18,
    section: "late",
    type: bi("Republic-period Jingdezhen porcelain", "民国景德镇瓷器"),
    titleWare: bi("famille rose", "粉彩"),
    material: "porcelain",
    periods: [
      ["republic1910s", 1],
      ["republic1920s", 3],
      ["republic1930s", 2],
    ],
    forms: [
      ["guanyin", 2],
      ["dish", 1],
      ["meiping", 1],
      ["guan", 1],
      ["bowl", 1],
    ],
    motifs: ["landscape", "seasons", "figures", "butterflies", "chrysanthemum"],
    glazes: ["#f1ece0", "#f3eee3"],
    accents: ["#8c6d4f", "#6a8f7a", "#c46a5a"],
    lines: 2,
    about: [
      bi(
        "After the fall of the Qing, Jingdezhen's former court painters worked for the market; in the 1920s the group later called the Zhushan Eight Friends brought the brushwork of Shanghai painting onto porcelain.",
        "清亡之后，景德镇的御窑画师转向市场；20世纪20年代，后世称为“珠山八友”的瓷画家群体把海派绘画的笔墨带到了瓷器上。",
      ),
      bi(
        "Much of it was bought in Shanghai, whose department stores and dealers on Nanjing Road sold Jingdezhen wares to the city's new middle class.",
        "其中不少销往上海，南京路上的百货公司和古玩商把景德镇瓷器卖给城市新兴的中产阶层。",
      ),
    ],
  },
];
