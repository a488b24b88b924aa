// The named makers the catalog may mention, with life dates and when their manner took shape, so no record names one too early.
import { bi, type Bi } from "./bilingual";

export interface Maker {
  name: Bi;
  born: number;
  died: number;
  /** The first year a follower could have worked "in his manner": when his style was formed and seen. */
  mannerFrom: number;
  /** What he did, as a collection record's role field says it. */
  role: Bi;
  /** Where the dates come from. */
  source: string;
}

const m = (
  en: string,
  zh: string,
  born: number,
  died: number,
  mannerFrom: number,
  role: Bi,
  source: string,
): Maker => ({ name: bi(en, zh), born, died, mannerFrom, role, source });

const CALLIGRAPHER = bi("calligrapher", "书法家");
const PAINTER = bi("painter", "画家");
const CARVER = bi("seal carver", "篆刻家");
const BOTH = bi("painter and calligrapher", "书画家");
const ALL_THREE = bi("painter, calligrapher and seal carver", "书画篆刻家");

/**
 * Keys are what the generators refer to. A manner may be followed after its master's death (Kangxi officials wrote like
 * Dong Qichang, who died in 1636), never before he formed it: a record's period must reach `mannerFrom`.
 */
export const MAKERS = {
  zhaoMengfu: m("Zhao Mengfu", "赵孟頫", 1254, 1322, 1280, BOTH, "Wikipedia: Zhao Mengfu"),
  niZan: m("Ni Zan", "倪瓒", 1301, 1374, 1340, PAINTER, "Wikipedia: Ni Zan"),
  shenZhou: m("Shen Zhou", "沈周", 1427, 1509, 1460, PAINTER, "Wikipedia: Shen Zhou"),
  zhuYunming: m("Zhu Yunming", "祝允明", 1461, 1527, 1490, CALLIGRAPHER, "Wikipedia: Zhu Yunming"),
  wenZhengming: m("Wen Zhengming", "文徵明", 1470, 1559, 1500, BOTH, "Wikipedia: Wen Zhengming"),
  // Dong passed the palace examination in 1589; his theory and manner belong to the following decades.
  dongQichang: m("Dong Qichang", "董其昌", 1555, 1636, 1590, BOTH, "Wikipedia: Dong Qichang"),
  wangHui: m("Wang Hui", "王翚", 1632, 1717, 1660, PAINTER, "Wikipedia: Wang Hui"),
  langTingji: m(
    "Lang Tingji",
    "郎廷极",
    1663,
    1715,
    1705,
    bi("governor of Jiangxi, overseer of the Jingdezhen kilns", "江西巡抚，督理景德镇窑务"),
    "Wikipedia: Lang Tingji",
  ),
  zhengXie: m("Zheng Xie", "郑燮", 1693, 1765, 1730, BOTH, "Wikipedia: Zheng Banqiao"),
  liuYong: m("Liu Yong", "刘墉", 1719, 1804, 1750, CALLIGRAPHER, "Wikipedia: Liu Yong (Qing dynasty)"),
  dengShiru: m(
    "Deng Shiru",
    "邓石如",
    1743,
    1805,
    1775,
    bi("calligrapher and seal carver", "书法篆刻家"),
    "Wikipedia: Deng Shiru",
  ),
  yiBingshou: m("Yi Bingshou", "伊秉绶", 1754, 1815, 1790, CALLIGRAPHER, "Wikipedia: Yi Bingshou"),
  heShaoji: m("He Shaoji", "何绍基", 1799, 1873, 1830, CALLIGRAPHER, "Wikipedia: He Shaoji"),
  xuGu: m("the monk-painter Xu Gu", "僧人画家虚谷", 1823, 1896, 1860, PAINTER, "Wikipedia: Xugu"),
  zhaoZhiqian: m("Zhao Zhiqian", "赵之谦", 1829, 1884, 1860, ALL_THREE, "Wikipedia: Zhao Zhiqian"),
  puHua: m("Pu Hua", "蒲华", 1832, 1911, 1860, BOTH, "Wikipedia: Pu Hua"),
  qianHuian: m("Qian Huian", "钱慧安", 1833, 1911, 1860, PAINTER, "Wikipedia: Qian Huian"),
  // Ren settled in Shanghai in 1868, where his manner was made and sold.
  renBonian: m("Ren Bonian", "任伯年", 1840, 1895, 1868, PAINTER, "Wikipedia: Ren Bonian"),
  // Wu's seals and painting reached their known manner in his forties, in Suzhou and Shanghai in the 1880s.
  wuChangshuo: m("Wu Changshuo", "吴昌硕", 1844, 1927, 1880, ALL_THREE, "Wikipedia: Wu Changshuo"),
  // Huang worked in Guangzhou from 1882, where his crisp 'Yishan' manner of carving took shape.
  huangShiling: m("Huang Shiling", "黄士陵", 1849, 1908, 1885, CARVER, "Wikipedia: Huang Shiling"),
  // Yu founded the Standard Cursive Society (标准草书社) in 1932; 'standard cursive' does not exist before it.
  yuYouren: m("Yu Youren", "于右任", 1879, 1964, 1932, CALLIGRAPHER, "Wikipedia: Yu Youren"),
  shenYinmo: m("Shen Yinmo", "沈尹默", 1883, 1971, 1915, CALLIGRAPHER, "Wikipedia: Shen Yinmo"),
} as const satisfies Record<string, Maker>;

export type MakerKey = keyof typeof MAKERS;

/** Whether a work of this period can be "in the manner of" this maker: his manner existed before the period ended. */
export function mannerFits(key: MakerKey, period: { endYear: number }): boolean {
  return period.endYear >= MAKERS[key].mannerFrom;
}

/** The makers a text names, found by their English or Chinese names. */
export function makersNamedIn(text: Bi): MakerKey[] {
  return (Object.keys(MAKERS) as MakerKey[]).filter((k) => {
    const { en, zh } = MAKERS[k].name;
    const bare = en.replace(/^the monk-painter /, "");
    return new RegExp(`\\b${bare}\\b`).test(text.en) || text.zh.includes(zh.replace(/^僧人画家/, ""));
  });
}

/** A period manner a generator may name: the maker and the words that describe it. */
export interface Manner {
  maker: MakerKey | null;
  line: Bi;
}

/**
 * The manner drawn for a record, kept to makers whose manner existed in its period: a drawn manner that came too late
 * is swapped for another that fits, by the same draw (no extra random numbers, so other records stay as they were).
 */
export function fittingManner<M extends Manner>(drawn: M, among: readonly M[], period: { endYear: number }): M | null {
  const fits = among.filter((mn) => mn.maker === null || mannerFits(mn.maker, period));
  if (fits.includes(drawn)) return drawn;
  return fits.length > 0 ? fits[among.indexOf(drawn) % fits.length] : null;
}
