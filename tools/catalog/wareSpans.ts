// When each ware of the ceramics hall was made (years, negative = BCE) and where that is stated: no record may fall outside.
export interface WareSpan {
  from: number;
  to: number;
  source: string;
}

const w = (from: number, to: number, source: string): WareSpan => ({ from, to, source });

/** Keys are the ware keys of ceramicWares.ts, ceramicSongWares.ts and ceramicWaresLate.ts. */
export const WARE_SPANS: Record<string, WareSpan> = {
  majiayao: w(-3300, -2000, "Wikipedia: Majiayao culture"),
  "han-lead": w(-206, 220, "Wikipedia: Han dynasty pottery (lead-glazed ware)"),
  sancai: w(680, 907, "Wikipedia: Sancai"),
  yue: w(-25, 1100, "Wikipedia: Yue ware"),
  ru: w(1086, 1127, "Wikipedia: Ru ware"),
  jun: w(1100, 1450, "Wikipedia: Jun ware"),
  ding: w(800, 1300, "Wikipedia: Ding ware"),
  qingbai: w(960, 1368, "Wikipedia: Qingbai ware"),
  cizhou: w(960, 1644, "Wikipedia: Cizhou ware"),
  longquan: w(960, 1500, "Wikipedia: Longquan celadon"),
  jian: w(960, 1279, "Wikipedia: Jian ware"),
  "yuan-blue-and-white": w(1320, 1368, "Wikipedia: Blue and white pottery"),
  "ming-blue-and-white": w(1368, 1644, "Wikipedia: Blue and white pottery"),
  doucai: w(1465, 1911, "Wikipedia: Doucai"),
  wucai: w(1522, 1911, "Wikipedia: Wucai"),
  "kangxi-blue-and-white": w(1662, 1722, "Wikipedia: Kangxi porcelain"),
  // The first famille-rose enamels were used at the palace workshops late in the Kangxi reign.
  "famille-rose": w(1720, 1911, "Wikipedia: Famille rose"),
  langyao: w(1705, 1722, "Wikipedia: Sang de boeuf glaze"),
  peachbloom: w(1662, 1722, "Wikipedia: Kangxi porcelain"),
  teadust: w(1723, 1911, "Wikipedia: Tea-dust glaze"),
  yellow: w(1426, 1911, "Wikipedia: Chinese imperial yellow porcelain"),
  "clair-de-lune": w(1662, 1735, "Wikipedia: Kangxi porcelain"),
  "powder-blue": w(1662, 1735, "Wikipedia: Kangxi porcelain"),
  "ru-type": w(1723, 1795, "Wikipedia: Yongzheng porcelain"),
  "sacrificial-red": w(1403, 1911, "Wikipedia: Sang de boeuf glaze"),
  dehua: w(1550, 1911, "Wikipedia: Blanc de Chine"),
  republic: w(1912, 1949, "Wikipedia: Jingdezhen porcelain"),
};
