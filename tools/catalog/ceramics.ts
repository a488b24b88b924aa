// Builds the ceramics department's records from the ware definitions: titles, forms, glazes, sizes, descriptions.
import type { Artifact } from "../../common/catalog";
import { EARLY_WARES, type WareDef } from "./ceramicWares";
import { SONG_WARES } from "./ceramicSongWares";
import { LATE_WARES } from "./ceramicWaresLate";
import type { Motif } from "./motifEntry";
import { MOTIFS } from "./motifs";
import { OPEN_FORMS } from "./openForms";
import { titlePrefix } from "./periods";
import { CERAMIC_FORMS, type CeramicFormKey } from "./ceramicForms";
import { pickLines, varyProfile, widthOf } from "./profiles";
import { randomFor, round, type Random } from "./random";
import { WARE_FACTS } from "./wareFacts";
import {
  bi,
  capitalise,
  ILLUSTRATIVE_LINE,
  envelope,
  periodOf,
  sentences,
  spanPhrase,
  type Bi,
  type Built,
} from "./records";
import { applyModels } from "./modelledExhibits";

export const CERAMIC_WARES: readonly WareDef[] = [...EARLY_WARES, ...SONG_WARES, ...LATE_WARES];

/** What a form was for, where there is something true to say about every example of it. */
const FORM_NOTES: Partial<Record<CeramicFormKey, Bi>> = {
  meiping: bi(
    "The meiping, 'plum vase', has a small mouth said to hold a single branch of plum blossom; in Song and Yuan times it also held wine.",
    "梅瓶小口、丰肩、瘦底，相传因口小仅容梅枝而得名，宋元时亦用以盛酒。",
  ),
  yuhuchunping: bi(
    "The pear-shaped yuhuchunping may take its name from a line of verse, 'a jade pot buys spring', spring being a word for wine.",
    "玉壶春瓶撇口、细颈、垂腹，其名或出自诗句“玉壶买春”，“春”即指酒。",
  ),
  gourd: bi(
    "The double gourd is an emblem of long life and plenty; its name, hulu, sounds like 'fortune and emolument'.",
    "葫芦是长寿与丰饶的象征，其名谐音“福禄”。",
  ),
  tianqiuping: bi(
    "The tianqiuping, 'celestial globe vase', with its great round body, was made for display rather than use.",
    "天球瓶球腹硕大，如天球自天而降，是陈设用器。",
  ),
  guanyin: bi(
    "The slender baluster shape is called a Guanyin vase, after the willow-spray vase held by the bodhisattva.",
    "此类瓶身修长，因似观音菩萨手持的净瓶而得名“观音瓶”。",
  ),
  mallet: bi(
    "The mallet vase takes its shape from the wooden mallets used to beat paper pulp.",
    "纸槌瓶因形似造纸时捶打纸浆的木槌而得名。",
  ),
  stemCup: bi("Stem cups held wine, or offerings on a Buddhist altar.", "高足杯用于饮酒，也用作佛前供器。"),
  teaBowl: bi(
    "A groove below the rim marks how high the tea should reach, and the small unglazed foot shows the dark, iron-rich body.",
    "口沿下的一道凹槽标示注汤的位置，小巧的圈足露出含铁量高的深色胎体。",
  ),
  washer: bi(
    "A brush washer stood on a scholar's desk, holding water to rinse the brush.",
    "笔洗是文人案头用来涮笔的器具。",
  ),
  flowerpot: bi(
    "Flowerpots like this, numbered on the base by size, were made for the palace gardens.",
    "此类花盆底部刻有表示尺寸的数目字，为宫廷园囿烧造。",
  ),
  ewer: bi(
    "The ewer's spout and handle were thrown separately and joined to the body before glazing.",
    "执壶的流与柄单独成型，施釉前粘接于壶身。",
  ),
  censer: bi("Censers held incense at a family altar or on a scholar's desk.", "香炉用于家中供案或文人案头焚香。"),
};

/** A sentence about a form in general, written for this one: "{form}" becomes "ewer", "bowl", "pear-shaped vase". */
export function fillForm(text: Bi | null, formName: Bi): Bi | null {
  if (!text) return null;
  return { en: text.en.replaceAll("{form}", formName.en.replace(/ \(.*\)$/, "")), zh: text.zh };
}

/** "dish" → "dishes", "pear-shaped vase (yuhuchunping)" → "pear-shaped vases". */
export function plural(noun: string): string {
  const bare = noun.replace(/ \(.*\)$/, "");
  return /(s|sh|ch|x)$/.test(bare) ? `${bare}es` : `${bare}s`;
}

function titleOf(
  ware: WareDef,
  periodKey: Parameters<typeof titlePrefix>[0],
  formKey: CeramicFormKey,
  motifKey: keyof typeof MOTIFS,
): Bi {
  const f = CERAMIC_FORMS[formKey].name;
  const motif = MOTIFS[motifKey].name;
  return {
    en: motif.en ? `${ware.titleWare.en} ${f.en} with ${motif.en}` : `${ware.titleWare.en} ${f.en}`,
    zh: `${titlePrefix(periodKey)}${ware.titleWare.zh}${motif.zh}${f.zh}`,
  };
}

function buildOne(
  ware: WareDef,
  n: number,
  rnd: Random,
  used: Set<string>,
): { record: Artifact; script: Bi[]; objectType: Bi } {
  let periodKey = rnd.weighted(ware.periods);
  let formKey = rnd.weighted(ware.forms);
  const motifsOf = (p: typeof periodKey) => ware.periodMotifs?.[p] ?? ware.motifs;
  let motifKey = rnd.pick(motifsOf(periodKey));
  // A collection has many jars with lotus scroll, but a hall reads better when neighbours differ: try a few draws.
  for (let attempt = 0; attempt < 8 && used.has(titleOf(ware, periodKey, formKey, motifKey).zh); attempt++) {
    periodKey = rnd.weighted(ware.periods);
    formKey = rnd.weighted(ware.forms);
    motifKey = rnd.pick(motifsOf(periodKey));
  }
  const title = titleOf(ware, periodKey, formKey, motifKey);
  used.add(title.zh);
  const f = CERAMIC_FORMS[formKey];
  const [hMin, hMax] = ware.heights?.[formKey] ?? f.heightCm;
  // Dishes are sized by their diameter, as published examples of the ware are (Ru dishes are 13–20 cm across).
  const dishCm = formKey === "dish" ? WARE_FACTS[ware.key]?.dishCm : undefined;
  const across = 2 * Math.max(...f.profile.map(([r]) => r));
  const heightCm = dishCm ? round(rnd.range(dishCm[0], dishCm[1], 1) / across, 1) : rnd.range(hMin, hMax, 1);
  const profile = varyProfile(f.profile, rnd);
  const widthCm = widthOf(profile, heightCm);
  const glaze = rnd.pick(ware.glazes);
  const accents = ware.periodAccents?.[periodKey] ?? ware.accents;
  const accent = accents ? rnd.pick(accents) : undefined;
  const bands = accent && ware.lines > 0 ? pickLines(f.lines, ware.lines, rnd) : [];
  const motif = MOTIFS[motifKey];
  const open = formKey in OPEN_FORMS;
  const look = fillForm((!open && (motif as Motif).closed) || motif.look, f.name);
  const about = ware.about.length > 1 && rnd.chance(0.35) ? ware.about : [rnd.pick(ware.about)];
  const periodNote = ware.periodNotes?.[periodKey];
  const formNote = FORM_NOTES[formKey];
  const period = periodOf(periodKey);
  const record: Artifact = {
    ...envelope("ceramic", n, bi(`${ware.type.en} ${plural(f.name.en)}`, `${ware.type.zh}${f.name.zh}`)),
    title: { en: capitalise(title.en), zh: title.zh },
    description: sentences([...about, periodNote, formNote, look]),
    period,
    material: ware.material,
    dimensions: { heightCm, widthCm, depthCm: widthCm },
    form: { kind: "lathe", profile, glaze, ...(accent ? { accent } : {}), bands },
    illustrative: true,
  };
  const span = spanPhrase(period.startYear, period.endYear);
  const intro = bi(`This ${title.en} was made ${span.en}.`, `这件${title.zh}制作于${span.zh}。`);
  // Spoken narrations stay short (about half a minute): the label carries the rest.
  return {
    record,
    objectType: f.name,
    script: [intro, ware.about[0], look ?? formNote ?? periodNote ?? null, ILLUSTRATIVE_LINE].filter(
      (s): s is Bi => !!s,
    ),
  };
}

/** All ceramic records, numbered in ware order (so accession numbers run through the hall chronologically). */
export function buildCeramics(): Built[] {
  const out: Built[] = [];
  for (const ware of CERAMIC_WARES) {
    const rnd = randomFor(`ceramic:${ware.key}`);
    const used = new Set<string>();
    for (let i = 0; i < ware.count; i++) {
      const { record, script, objectType } = buildOne(ware, out.length + 1, rnd, used);
      const narrated = i < (ware.highlights ?? 0) ? { script } : {};
      out.push({ record, section: ware.section, group: ware.key, objectType, maker: null, ...narrated });
    }
  }
  return applyModels(out);
}
