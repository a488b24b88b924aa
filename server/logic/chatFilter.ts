// The chat's word filter, in English and Chinese: obscenity's English set (with its transformers for leetspeak and
// look-alike letters) and an Aho–Corasick matcher (mint-filter) over the LDNOOBW Chinese list (naughty-words,
// CC-BY-4.0, © the List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words contributors). Caught words are replaced by
// ＊, the rest of the line goes through. The Chinese list is curated for a museum: single characters are dropped
// (乳, 鸡 and the like flag innocent text: "乳白色的大理石外墙", the chicken cup), so are entries with no Chinese
// character at all ("13." matches a measurement), and so are the words a museum uses in their plain sense
// (MUSEUM_WORDS: 吹箫 is playing the xiao, 后庭 is in a famous poem's title, 肥西 is a county). Longer museum phrases
// that contain a listed word (山阴道, from Wang Xianzhi's "从山阴道上行") are protected where they occur.
import { createRequire } from "node:module";
import Mint from "mint-filter";
import {
  englishDataset,
  englishRecommendedTransformers,
  fixedCharCensorStrategy,
  RegExpMatcher,
  TextCensor,
} from "obscenity";

/** Listed words that are ordinary words in a museum of Chinese art and history: never filtered. */
export const MUSEUM_WORDS: readonly string[] = [
  "吹箫", // playing the xiao flute: Kunqu's accompaniment, a painting subject
  "后庭", // 《玉树后庭花》, Chen Shubao's poem
  "玉杵", // a jade pestle, an object type
  "野鸡", // a pheasant, a bird-and-flower subject
  "祖宗", // ancestors: ancestral halls, ancestor portraits
  "肥西", // Feixi county, Anhui
  "靠背", // the back of a chair
  "处女", // as in 处女作, a first work
  "刚度", // stiffness, of a bridge or a brush
  "成人", // adult (tickets, visitors)
  "激情", // passion
  "老母", // an old mother (a title in painting: 王母, 老母)
  "交配", // in natural history
  "精子",
  "月经",
  "屁股",
  "笨蛋",
  "白痴",
  "私服", // plain clothes
  "九游",
  "老二", // the second son
  "老味", // old flavour
  "鬼公",
  "密洞", // a hidden cave
  "卵子",
  "包皮",
  "贝肉",
  "放荡", // unrestrained (of a calligrapher's cursive)
];
/** Phrases of the museum's own texts that contain a listed word: kept whole where they occur. */
export const MUSEUM_PHRASES: readonly string[] = [
  "山阴道", // Wang Xianzhi: 从山阴道上行，山川自相映发
];

/**
 * Names and numbers that obscenity's English set would catch: the painters Shitao (石涛) and Fu Baoshi (傅抱石), the
 * calligrapher Fu Shan (傅山), the poet Du Fu (杜甫); "717" reads as a word in leetspeak (a caption's 00:00:32.717).
 */
export const MUSEUM_ENGLISH: readonly string[] = ["shitao", "shi tao", "du fu", "fu shan", "fu baoshi", "717"];

const HAN = /\p{Script=Han}/u;
/** Stands in for a protected phrase while the list is matched; private use, so no listed word contains it. */
const SHIELD = "\uE000";

export interface ChatFilterResult {
  text: string;
  /** Some words were replaced. */
  filtered: boolean;
}

export interface ChatFilter {
  clean(text: string): ChatFilterResult;
}

/** Builds the matchers once (about 30 ms); each line then costs time linear in its length. */
export function createChatFilter(): ChatFilter {
  const require = createRequire(import.meta.url);
  const listed = require("naughty-words/zh.json") as string[];
  const allowed = new Set(MUSEUM_WORDS);
  const chinese = new Mint(
    listed.filter((w) => [...w].length > 1 && HAN.test(w) && !allowed.has(w)),
    { customCharacter: "＊" },
  );
  const built = englishDataset.build();
  const english = new RegExpMatcher({
    ...built,
    ...englishRecommendedTransformers,
    whitelistedTerms: [...(built.whitelistedTerms ?? []), ...MUSEUM_ENGLISH],
  });
  const censor = new TextCensor().setStrategy(fixedCharCensorStrategy("＊"));
  return {
    clean(text) {
      const matches = english.getAllMatches(text, true);
      let out = matches.length > 0 ? censor.applyTo(text, matches) : text;
      const shielded = shield(out);
      const zh = chinese.filter(shielded.text, { replace: true });
      if (zh.words.length > 0) out = unshield(zh.text, shielded.kept);
      return { text: out, filtered: matches.length > 0 || zh.words.length > 0 };
    },
  };
}

/** The text with each museum phrase replaced by as many SHIELD units, and the phrases in order of appearance. */
function shield(text: string): { text: string; kept: string[] } {
  const kept: string[] = [];
  let out = text;
  for (const phrase of MUSEUM_PHRASES) {
    if (!out.includes(phrase)) continue;
    out = out.split(phrase).join(SHIELD.repeat(phrase.length));
  }
  // Remember the original units under the shields, left to right.
  for (let i = 0; i < out.length; i++) if (out[i] === SHIELD) kept.push(text[i]!);
  return { text: out, kept };
}

function unshield(text: string, kept: string[]): string {
  let k = 0;
  let out = "";
  for (const unit of text) out += unit === SHIELD ? kept[k++]! : unit;
  return out;
}
