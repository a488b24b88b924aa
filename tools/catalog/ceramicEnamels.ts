// Jingdezhen's enamelled porcelain: doucai and wucai of the Ming, famille rose of the Qing.
import type { WareDef } from "./ceramicWares";
import { bi } from "./records";

/** Doucai: underglaze blue outlines filled with overglaze enamels. */
export const DOUCAI: WareDef = {
  key: "doucai",
  count: 14,
  section: "enamels",
  highlights: 1,
  type: bi("doucai porcelain", "斗彩瓷器"),
  titleWare: bi("doucai", "斗彩"),
  material: "porcelain",
  periods: [
    ["chenghua", 3],
    ["yongzheng", 2],
    ["qianlong", 2],
  ],
  forms: [
    ["cup", 4],
    ["stemCup", 2],
    ["guan", 1],
  ],
  heights: { guan: [7, 12] },
  motifs: ["chickens", "grapes", "lotusPond", "boys", "seasons", "fruit"],
  glazes: ["#f5f2ea", "#f3efe4"],
  accents: ["#4c8a5a", "#c5452f", "#d9b23a"],
  lines: 2,
  about: [
    bi(
      "Doucai, 'contending colours', outlines the design in underglaze blue, fires it, then fills the outlines with enamels in a second, lower firing; the imperial kilns perfected it under the Chenghua emperor.",
      "斗彩先以青花勾勒纹饰轮廓，高温烧成后再在釉上填彩，低温二次烧成；明成化御窑将这一工艺推向巅峰。",
    ),
  ],
};

/** Wucai: underglaze blue with overglaze enamels. */
export const WUCAI: WareDef = {
  key: "wucai",
  count: 10,
  section: "enamels",
  type: bi("wucai porcelain", "五彩瓷器"),
  titleWare: bi("wucai", "五彩"),
  material: "porcelain",
  periods: [
    ["jiajing", 3],
    ["wanli", 4],
    ["kangxi", 3],
  ],
  forms: [
    ["guan", 3],
    ["dish", 2],
    ["gourd", 1],
    ["bowl", 2],
  ],
  motifs: ["fish", "dragon", "phoenix", "boys", "figures", "seasons"],
  glazes: ["#f4f1e8"],
  accents: ["#c5452f", "#3f7d4a", "#d9a93a"],
  lines: 3,
  about: [
    bi(
      "Wucai, 'five colours', joins underglaze blue with enamels of red, green, yellow and aubergine; in the Kangxi reign a brilliant enamel blue joined them, the palette Western collectors call famille verte.",
      "五彩将釉下青花与釉上红、绿、黄、紫诸彩结合；康熙时更创烧釉上蓝彩，色彩明艳，西方藏家称之为“硬彩”（famille verte）。",
    ),
  ],
};

/** Famille rose. */
export const FAMILLE_ROSE: WareDef = {
  key: "famille-rose",
  count: 50,
  section: "enamels",
  highlights: 1,
  type: bi("famille rose porcelain", "粉彩瓷器"),
  titleWare: bi("famille rose", "粉彩"),
  material: "porcelain",
  periods: [
    ["yongzheng", 3],
    ["qianlong", 4],
    ["jiaqing", 1],
    ["daoguang", 1],
    ["tongzhi", 1],
    ["guangxu", 2],
  ],
  forms: [
    ["bowl", 3],
    ["dish", 3],
    ["tianqiuping", 1],
    ["guanyin", 2],
    ["meiping", 1],
    ["cup", 1],
    ["gourd", 1],
  ],
  motifs: [
    "batsPeaches",
    "seasons",
    "hundredFlowers",
    "ladies",
    "boys",
    "butterflies",
    "chrysanthemum",
    "fruit",
    "lotusScroll",
  ],
  glazes: ["#f6f3ec", "#f4efe4"],
  accents: ["#d9788f", "#e7a6b5", "#c25a76", "#e8c547", "#6a9a6e"],
  lines: 3,
  about: [
    bi(
      "Famille rose enamels, with a pink made from colloidal gold and an opaque white containing arsenic, reached the palace workshops and Jingdezhen from Europe late in the Kangxi reign.",
      "粉彩以胶体金呈色的胭脂红和含砷的玻璃白为特色，康熙晚期由欧洲传入宫廷与景德镇。",
    ),
  ],
  periodNotes: {
    yongzheng: bi(
      "Under Yongzheng the new enamels allowed soft, shaded painting, which is why the Chinese call them 'soft colours'.",
      "雍正时期粉彩可以渲染出柔和的浓淡层次，故又称“软彩”。",
    ),
    qianlong: bi(
      "Qianlong-era famille rose is crowded and brilliant, often on coloured grounds engraved with fine scrolls.",
      "乾隆粉彩纹饰繁密、色彩华丽，常见色地上加饰细密的轧道纹。",
    ),
    guangxu: bi(
      "The imperial factory, burnt by the Taiping in the 1850s and rebuilt in 1864 under Tongzhi, worked on under Guangxu, " +
        "often copying Yongzheng and Qianlong designs.",
      "御窑厂在19世纪50年代毁于太平天国战火，同治三年（1864年）重建，光绪时仍在烧造，器物多仿雍正、乾隆旧样。",
    ),
    tongzhi: bi(
      "The imperial factory was rebuilt in 1864, after the Taiping war; much Tongzhi famille rose was made for the emperor's " +
        "wedding in 1872.",
      "御窑厂于同治三年（1864年）太平天国战事平息后重建；同治粉彩有不少是为1872年同治帝大婚烧造的。",
    ),
  },
};
