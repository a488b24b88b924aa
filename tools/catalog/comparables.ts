// Real objects in public collections that a visitor can look up to check each illustrated type (numbers as published).
export interface Comparable {
  institution: string;
  /** The object or accession number the institution publishes. */
  number: string;
  title: string;
  /** Where the number was read. */
  source: string;
}

const c = (institution: string, number: string, title: string, source: string): Comparable => ({
  institution,
  number,
  title,
  source,
});

const FREER = "Freer Gallery of Art, Smithsonian Institution, Washington DC";
const freer = (number: string, title: string) => c(FREER, number, title, `asia.si.edu/object/${number}`);
const NPM = "National Palace Museum, Taipei";
const BM = "British Museum, London";

/** By ware key (ceramicWares.ts and its siblings). */
const CERAMIC: Record<string, readonly Comparable[]> = {
  majiayao: [
    c("Minneapolis Institute of Art", "2003.103", "Storage jar, Majiayao phase", "collections.artsmia.org"),
    c("The Metropolitan Museum of Art, New York", "1992.165.8", "Jar, Machang phase", "AMICA Library, MMA_.1992.165.8"),
  ],
  "han-lead": [
    freer("F1902.202", "Tomb jar, Eastern Han, earthenware with copper-green lead glaze"),
    c(
      "Nelson-Atkins Museum of Art, Kansas City",
      "34-205",
      "Jar, Eastern Han, green-glazed earthenware",
      "art.nelson-atkins.org",
    ),
  ],
  sancai: [freer("F1949.27", "Tomb figure of a female dancer, earthenware with sancai lead glaze, 8th century")],
  yue: [freer("F1975.6", "Yue ware ewer, 9th–10th century")],
  ru: [
    c(
      NPM,
      "M01A00017",
      "Small oval dish with light bluish-green glaze, Ru ware (14.2 cm long)",
      "nationalpalace.davidrumsey.com",
    ),
    c("Museum of Oriental Ceramics, Osaka", "00564", "Narcissus basin, Ru ware", "jmapps.ne.jp (mocoor collection 30)"),
  ],
  jun: [freer("F1902.180", "Jun ware bowl with imperial inscription dated 1776")],
  ding: [freer("F1914.93", "Bowl, Xing or Ding ware, 9th century")],
  qingbai: [freer("F1897.58", "Bottle (meiping), qingbai ware, Yuan dynasty")],
  cizhou: [
    freer("F1914.33", "Cizhou ware bottle, 11th–early 12th century"),
    freer("F1968.31", "Cizhou ware bottle (meiping)"),
  ],
  longquan: [
    freer("F1946.25", "Vase or bottle, Longquan ware, Yuan dynasty"),
    freer("F1956.25", "Vase in the form of an archaic bronze vessel, Longquan, Xuande mark"),
  ],
  jian: [
    freer("F1952.9", "Jian ware tea bowl with metal rim"),
    freer("F1897.49", "Jian ware tea bowl with silver band"),
  ],
  // The David Vases, dated by their inscription to 1351: the type's touchstone (Percival David Foundation numbers).
  "yuan-blue-and-white": [
    c(BM, "PDF,B.613", "One of the David Vases, temple vase dated 1351, Yuan dynasty", "britishmuseum.org/collection"),
    c(BM, "PDF,B.614", "One of the David Vases, temple vase dated 1351, Yuan dynasty", "britishmuseum.org/collection"),
  ],
  "ming-blue-and-white": [
    freer("F1953.1", "Dish, Xuande reign"),
    freer("F1951.4a-b", "Bowl with design in reserve, Xuande mark and period"),
    c(
      BM,
      "PDF A650",
      "Bowl, Chenghua mark and period ('palace bowl')",
      "S. Pierson, From Object to Concept (2013), fig. 1.1",
    ),
  ],
  doucai: [freer("F1951.16a-c", "Stem cup with doucai decoration, Chenghua mark and period")],
  wucai: [
    c(
      "The Metropolitan Museum of Art, New York",
      "17.127.2",
      "Jar with carp in lotus pond, Jiajing mark",
      "metmuseum.org",
    ),
  ],
  "kangxi-blue-and-white": [freer("F1984.31", "Dish, Kangxi mark and period"), freer("F1992.14a-b", "Jar with lid")],
  "famille-rose": [
    freer("F1945.2", "Vase, yangcai enamels, Qianlong mark and period"),
    freer("F1934.2a-g", "Small bowl with overglaze decoration, Yongzheng mark"),
  ],
  langyao: [
    c("University of Michigan Museum of Art", "1971/2.90", "Vase with sang de boeuf glaze, Kangxi", "umma.umich.edu"),
  ],
  peachbloom: [
    c(
      "Asian Art Museum, San Francisco",
      "B60P1348",
      "Water-pot, peach-bloom glaze, Kangxi mark",
      "asianart.emuseum.com",
    ),
    c(
      "Art Museum, The Chinese University of Hong Kong",
      "1974.0049",
      "Waterpot with peach-bloom glaze",
      "Google Arts & Culture",
    ),
  ],
  teadust: [
    c(
      "Victoria and Albert Museum, London",
      "C.132-1939",
      "Bottle with tea-dust glaze, Yongzheng mark",
      "collections.vam.ac.uk",
    ),
  ],
  yellow: [
    c(NPM, "M01A00181", "A yellow enameled dish, Hongzhi reign (21.3 cm across)", "nationalpalace.davidrumsey.com"),
  ],
  "clair-de-lune": [freer("F1946.24", "Vase, 'clair de lune' glaze, Yongzheng mark")],
  "powder-blue": [
    c(
      "University Museum and Art Gallery, HKU",
      "HKU.C.1976.0623",
      "Plate, powder blue with gilding, Kangxi",
      "digitalpub.umag.hku.hk",
    ),
  ],
  "ru-type": [freer("F1946.24", "Vase, porcelain with Ru-style glaze, Yongzheng mark")],
  "sacrificial-red": [
    c(BM, "PDF.556", "Dish with copper-red glaze, Xuande mark (20.6 cm across)", "britishmuseum.org collection online"),
    c(
      "Asian Art Museum, San Francisco",
      "B76P23",
      "Plate, sacrificial red glaze, Qianlong mark",
      "asianart.emuseum.com",
    ),
  ],
  dehua: [
    c("Royal Collection Trust", "RCIN 1109", "Pair of figures of Guanyin with an infant, Dehua, 1660–90", "rct.uk"),
    c(
      "National Trust, Dyrham Park",
      "NT 452184",
      "Figure of Guanyin, blanc de Chine, 1650–1700",
      "nationaltrustcollections.org.uk",
    ),
  ],
  republic: [freer("F1986.32a-c", "Vase, Jingdezhen, 1916 or later, in Qianlong style")],
};

/** By vessel key (bronzeVessels.ts). */
const BRONZE: Record<string, readonly Comparable[]> = {
  ding: [
    freer("F1946.31", "Ritual cauldron (ding) with masks and cicadas, late Anyang"),
    freer("F1947.11", "Ritual food cauldron (ding)"),
  ],
  gui: [freer("F1968.28", "Ritual food vessel (gui), Western Zhou")],
  zun: [freer("F1951.19", "Ritual wine container (zun), Anyang")],
  hu: [
    freer("F1948.1", "Ritual wine container (hu), Anyang"),
    freer("F1913.21", "Ritual wine container (hu), Western Zhou"),
  ],
  jue: [freer("F1925.3", "Ritual wine warmer (jue), late Anyang")],
  jian: [freer("F1939.5", "Basin (jian) with dragon interlace, Eastern Zhou")],
  zhong: [freer("F1941.9", "Bell (bo) with birds and dragons, Houma foundry")],
  mirror: [
    freer("F1939.38", "Mirror with stylized feline masks, dated 174 CE"),
    freer("F1935.13", "Mirror, Western Han"),
  ],
};

/** By painting school (paintingTypes.ts), and the calligraphy and seal departments as wholes. */
const OTHER: Record<string, readonly Comparable[]> = {
  calligraphy: [
    freer("F1993.1", "Mi Wanzhong, poem in running-cursive script, hanging scroll"),
    c(
      "Tokyo National Museum",
      "TB-1641",
      "Dong Qichang, poems in running and cursive script, handscroll, 1621",
      "tnm.jp",
    ),
    c(
      "Tokyo National Museum",
      "TB-1620",
      "Liang Tongshu, words of Wang Ya in running script, hanging scroll",
      "tnm.jp",
    ),
  ],
  literati: [
    c(
      "Harvard Art Museums",
      "2010.610",
      "Wen Zhengming, Landscape with Mountain Village, handscroll, 1546",
      "harvardartmuseums.org",
    ),
  ],
  "shanghai-school": [
    c(
      "The Metropolitan Museum of Art, New York",
      "1988.324.2",
      "Wu Changshuo, Spring Offerings, hanging scroll, 1919",
      "metmuseum.org",
    ),
    c("Ashmolean Museum, Oxford", "EA1996.79", "Wu Changshuo, Wisteria, 1915", "collections.ashmolean.org"),
  ],
  seal: [c("Penn Museum, Philadelphia", "67-12-1", "Seal, soapstone, dragon knob", "penn.museum")],
};

/**
 * The illustrated types for which no public comparable with a published number has been verified yet: 1930s Shanghai
 * oil painting (its surviving works are mostly in Chinese collections that publish no object numbers online). The
 * record says so instead of naming one.
 */
export const UNMATCHED_TYPES: readonly string[] = ["painting:oil"];

/** A record's type as the comparables are keyed: "ceramic:ru", "bronze:ding", "painting:literati", "seal:seal". */
export function typeKeyOf(b: { record: { category: string }; group: string; section: string }): string {
  const { category } = b.record;
  if (category === "ceramic" || category === "bronze") return `${category}:${b.group}`;
  if (category === "painting") return `painting:${b.section}`;
  return `${category}:${category}`;
}

export function comparablesFor(typeKey: string): readonly Comparable[] {
  const [category, key] = typeKey.split(":");
  const table = category === "ceramic" ? CERAMIC : category === "bronze" ? BRONZE : OTHER;
  return table[key] ?? [];
}
