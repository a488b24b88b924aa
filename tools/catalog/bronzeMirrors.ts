// Bronze mirrors: the patterns cast on their backs, period by period, and what to say of the foundries that made them.
import type { PeriodKey } from "./periods";
import { bi, type Bi } from "./records";

export interface MirrorDef {
  name: Bi;
  look: Bi;
  period: PeriodKey;
  diameterCm: readonly [number, number];
  /**
   * Varieties of the type as catalogues name them (knob, rim, band, added motifs): `en` continues the English title,
   * `zh` is the variety's whole Chinese name. Only features the simplified round model does not contradict.
   */
  varieties: readonly Bi[];
}

const mirror = (
  period: PeriodKey,
  en: string,
  zh: string,
  lookEn: string,
  lookZh: string,
  diameterCm: [number, number],
  varieties: [string, string][],
): MirrorDef => ({
  name: bi(en, zh),
  look: bi(lookEn, lookZh),
  period,
  diameterCm,
  varieties: varieties.map(([ven, vzh]) => bi(ven, vzh)),
});

export const MIRROR_ABOUT = bi(
  "Bronze mirrors were polished bright on one face; the back, shown here, has a central knob for a silk cord and cast decoration.",
  "铜镜一面磨光用以照容，此处展示的是镜背，中央有钮可系丝绦，饰以铸造的纹饰。",
);

export const MIRRORS: readonly MirrorDef[] = [
  mirror(
    "warringStates",
    "four 'shan' motifs",
    "四山纹镜",
    "Four tilted motifs shaped like the character shan, 'mountain', stand on a ground of feathery scrolls; such mirrors come mostly from the southern state of Chu.",
    "羽状地纹上斜置四个“山”字形纹样，此类铜镜多出自南方楚地。",
    [11, 18],
    [
      ["and four leaves", "四山四叶纹镜"],
      ["and eight leaves", "四山八叶纹镜"],
      ["on a feathery ground", "羽状地四山纹镜"],
    ],
  ),
  mirror(
    "westernHan",
    "a star-and-cloud pattern",
    "星云纹镜",
    "Small bosses joined by curved lines, like stars linked into constellations, fill the back.",
    "镜背以弧线相连的小乳钉，宛如星辰连缀成的星座。",
    [10, 16],
    [
      ["and four bosses", "四乳星云纹镜"],
      ["and a linked-arc rim", "连弧缘星云纹镜"],
      ["and a multi-peaked knob", "连峰钮星云纹镜"],
    ],
  ),
  mirror(
    "westernHan",
    "an inscription of 'brightness'",
    "昭明镜",
    "Its inscription begins 'Pure and clear within, it gives out light', a favourite verse on Han mirrors.",
    "铭文以“内清质以昭明”开篇，是汉镜常见的铭句。",
    [8, 14],
    [
      ["in a band of linked arcs", "连弧纹昭明镜"],
      ["in a ring band", "圈带昭明镜"],
      ["in double rings", "重圈昭明镜"],
    ],
  ),
  mirror(
    "easternHan",
    "a TLV pattern",
    "博局纹镜",
    "Its T, L and V shapes come from the board of liubo, a game of chance; with the animals of the four directions they make a map of the cosmos.",
    "镜背的T、L、V形纹样源自六博棋盘，与四方神兽一起构成一幅宇宙图式。",
    [13, 21],
    [
      ["and the animals of the four directions", "四神博局镜"],
      ["and a 'Shangfang' inscription", "尚方铭博局镜"],
      ["and birds and beasts", "禽兽博局镜"],
    ],
  ),
  mirror(
    "easternHan",
    "deities and beasts",
    "神兽镜",
    "Immortals such as the Queen Mother of the West sit among beasts in high relief.",
    "镜背以高浮雕表现西王母等神仙与瑞兽。",
    [11, 19],
    [
      ["among ring-shaped bosses", "环状乳神兽镜"],
      ["in tiers", "重列式神兽镜"],
      ["and a pictorial band", "画纹带神兽镜"],
    ],
  ),
  mirror(
    "tang8th",
    "sea beasts and grapes",
    "海兽葡萄镜",
    "Lion-like beasts play among grapevines, a design that came with grapes and wine along the Silk Road.",
    "狻猊类瑞兽嬉戏于葡萄枝蔓之间，这一题材随葡萄与葡萄酒沿丝绸之路传入。",
    [10, 24],
    [
      ["and a crouching-beast knob", "伏兽钮海兽葡萄镜"],
      ["and birds among the vines", "禽鸟海兽葡萄镜"],
    ],
  ),
  mirror(
    "tang",
    "birds and flowers",
    "花鸟镜",
    "Birds with ribbons in their beaks fly among flowering branches, a wish for happiness.",
    "衔绶的禽鸟在花枝间飞翔，寓意吉祥喜庆。",
    [14, 25],
    [
      ["and a pair of luan birds holding ribbons", "双鸾衔绶镜"],
      ["and a pair of phoenixes", "双凤花鸟镜"],
    ],
  ),
];

export const MIRROR_COUNT = 60;

export const MIRROR_NOTES: Partial<Record<string, Bi>> = {
  "eastern-zhou": bi(
    "Craftsmen of Chu cast thin mirrors with fine, layered decoration, and placed them in tombs with the dead.",
    "楚国工匠铸造的铜镜轻薄，纹饰细密而富于层次，常随葬于墓中。",
  ),
  han: bi(
    "Han mirrors were cast in great numbers, at the imperial workshop and at private foundries such as those of Kuaiji in the south-east.",
    "汉镜铸造数量巨大，既有宫廷尚方所制，也有会稽等地的私营作坊产品。",
  ),
  tang: bi(
    "Tang mirrors, rich in tin, are white and bright; the finest were cast at Yangzhou and sent to court as tribute.",
    "唐镜含锡量高，色白而明亮，最精者铸于扬州，作为贡品进献朝廷。",
  ),
};
