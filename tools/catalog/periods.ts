// The periods records are dated to: dynasties, their phases and reigns, with conventional years (negative = BCE).
import type { Era } from "../../common/catalog";

export interface PeriodDef {
  en: string;
  zh: string;
  era: Era;
  start: number;
  end: number;
}

const p = (era: Era, start: number, end: number, en: string, zh: string): PeriodDef => ({ era, start, end, en, zh });

/** Keys are what the department builders refer to; years follow the usual museum conventions. */
export const PERIODS = {
  majiayao: p(
    "neolithic",
    -3300,
    -2500,
    "Neolithic, Majiayao culture, Majiayao phase",
    "新石器时代马家窑文化马家窑类型",
  ),
  banshan: p("neolithic", -2500, -2300, "Neolithic, Majiayao culture, Banshan phase", "新石器时代马家窑文化半山类型"),
  machang: p("neolithic", -2300, -2000, "Neolithic, Majiayao culture, Machang phase", "新石器时代马家窑文化马厂类型"),
  erligang: p("shang", -1600, -1300, "Shang dynasty, Erligang period", "商代二里岗期"),
  anyang: p("shang", -1300, -1046, "Late Shang dynasty, Anyang period", "商晚期（殷墟期）"),
  westernZhouEarly: p("western-zhou", -1046, -957, "Early Western Zhou dynasty", "西周早期"),
  westernZhouMiddle: p("western-zhou", -956, -858, "Middle Western Zhou dynasty", "西周中期"),
  westernZhouLate: p("western-zhou", -857, -771, "Late Western Zhou dynasty", "西周晚期"),
  springAutumn: p("eastern-zhou", -770, -476, "Eastern Zhou dynasty, Spring and Autumn period", "春秋"),
  // The Warring States are conventionally dated to the Qin unification (221 BCE), after the Zhou court fell in 256 BCE.
  warringStates: p("eastern-zhou", -475, -221, "Eastern Zhou dynasty, Warring States period", "战国"),
  westernHan: p("han", -206, 8, "Western Han dynasty", "西汉"),
  easternHan: p("han", 25, 220, "Eastern Han dynasty", "东汉"),
  tang: p("tang", 618, 907, "Tang dynasty", "唐"),
  tang8th: p("tang", 701, 800, "Tang dynasty, 8th century", "唐（8世纪）"),
  tang9th: p("tang", 801, 907, "Tang dynasty, 9th century", "唐（9世纪）"),
  northernSong: p("song", 960, 1127, "Northern Song dynasty", "北宋"),
  lateNorthernSong: p("song", 1086, 1127, "Northern Song dynasty, late 11th to early 12th century", "北宋晚期"),
  southernSong: p("song", 1127, 1279, "Southern Song dynasty", "南宋"),
  yuan: p("yuan", 1271, 1368, "Yuan dynasty", "元"),
  lateYuan: p("yuan", 1330, 1368, "Yuan dynasty, mid-14th century", "元（14世纪中叶）"),
  earlyMing: p("ming", 1368, 1435, "Early Ming dynasty", "明早期"),
  hongwu: p("ming", 1368, 1398, "Ming dynasty, Hongwu reign", "明洪武"),
  yongle: p("ming", 1403, 1424, "Ming dynasty, Yongle reign", "明永乐"),
  xuande: p("ming", 1426, 1435, "Ming dynasty, Xuande reign", "明宣德"),
  chenghua: p("ming", 1465, 1487, "Ming dynasty, Chenghua reign", "明成化"),
  hongzhi: p("ming", 1488, 1505, "Ming dynasty, Hongzhi reign", "明弘治"),
  zhengde: p("ming", 1506, 1521, "Ming dynasty, Zhengde reign", "明正德"),
  jiajing: p("ming", 1522, 1566, "Ming dynasty, Jiajing reign", "明嘉靖"),
  wanli: p("ming", 1573, 1620, "Ming dynasty, Wanli reign", "明万历"),
  tianqi: p("ming", 1621, 1627, "Ming dynasty, Tianqi reign", "明天启"),
  chongzhen: p("ming", 1628, 1644, "Ming dynasty, Chongzhen reign", "明崇祯"),
  lateMing: p("ming", 1573, 1644, "Late Ming dynasty", "明晚期"),
  shunzhi: p("qing", 1644, 1661, "Qing dynasty, Shunzhi reign", "清顺治"),
  kangxi: p("qing", 1662, 1722, "Qing dynasty, Kangxi reign", "清康熙"),
  yongzheng: p("qing", 1723, 1735, "Qing dynasty, Yongzheng reign", "清雍正"),
  qianlong: p("qing", 1736, 1795, "Qing dynasty, Qianlong reign", "清乾隆"),
  jiaqing: p("qing", 1796, 1820, "Qing dynasty, Jiaqing reign", "清嘉庆"),
  daoguang: p("qing", 1821, 1850, "Qing dynasty, Daoguang reign", "清道光"),
  xianfeng: p("qing", 1851, 1861, "Qing dynasty, Xianfeng reign", "清咸丰"),
  tongzhi: p("qing", 1862, 1874, "Qing dynasty, Tongzhi reign", "清同治"),
  guangxu: p("qing", 1875, 1908, "Qing dynasty, Guangxu reign", "清光绪"),
  xuantong: p("qing", 1909, 1911, "Qing dynasty, Xuantong reign", "清宣统"),
  republic: p("republic", 1912, 1949, "Republic of China", "民国"),
  republic1910s: p("republic", 1912, 1919, "Republic of China, 1910s", "民国（20世纪10年代）"),
  republic1920s: p("republic", 1920, 1929, "Republic of China, 1920s", "民国（20世纪20年代）"),
  republic1930s: p("republic", 1930, 1939, "Republic of China, 1930s", "民国（20世纪30年代）"),
  republic1940s: p("republic", 1940, 1949, "Republic of China, 1940s", "民国（20世纪40年代）"),
} as const satisfies Record<string, PeriodDef>;

export type PeriodKey = keyof typeof PERIODS;

/** The short Chinese prefix a title starts with: "明宣德", "南宋", "商晚期". */
export function titlePrefix(key: PeriodKey): string {
  return PERIODS[key].zh.replace(/（.*）$/, "").replace(/^新石器时代/, "");
}
