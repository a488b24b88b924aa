// Builds the bronze department's records: ritual vessels, bells and mirrors, with shapes, patina and inscriptions.
import type { Artifact } from "../../common/catalog";
import { ERA_NOTES } from "./bronzeEras";
import { MIRROR_ABOUT, MIRROR_COUNT, MIRROR_NOTES, MIRRORS, type MirrorDef } from "./bronzeMirrors";
import { DECOR, type DecorKey, type VesselDef } from "./bronzeTypes";
import { VESSELS } from "./bronzeVessels";
import { PERIODS, titlePrefix, type PeriodKey } from "./periods";
import { varyProfile, widthOf, type Profile } from "./profiles";
import { randomFor, round, type Random } from "./random";
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

/** Green malachite, blue azurite and dark 'water patina': the colours burial gives bronze. */
const PATINAS = ["#4f6b57", "#5d7a5f", "#3f5a48", "#6a8f74", "#58705a", "#4a4a3c", "#5b6a52"];
const MIRROR_PATINAS = ["#3b3f3a", "#4a524a", "#8a8f87", "#55665a", "#2f3430"];

function sectionOf(vessel: VesselDef["vessel"], period: PeriodKey): string {
  if (vessel === "zhong") return "bells";
  if (vessel === "mirror") return "mirrors";
  return PERIODS[period].era;
}

interface Inscription {
  text: Bi;
  /** What the title says of it: the characters counted, or a clan sign. */
  inTitle: Bi;
}

function inscription(v: VesselDef, period: PeriodKey, rnd: Random): Inscription | null {
  const era = PERIODS[period].era;
  if (v.inscribed && era === "western-zhou" && rnd.chance(0.5)) {
    const chars = rnd.int(6, 48);
    return {
      text: bi(
        `Inside, a cast inscription of ${chars} characters says it was made in honour of a deceased father, ending with the wish that 'sons and grandsons treasure and use it for ten thousand years'.`,
        `器内铸铭文${chars}字，记作器者为亡父铸此宝器，末云“其万年子子孙孙永宝用”。`,
      ),
      inTitle: bi(`, inscribed with ${chars} characters`, `（铭文${chars}字）`),
    };
  }
  if (era === "shang" && rnd.chance(0.35)) {
    return {
      text: bi(
        "A clan sign is cast inside, naming the lineage that made the offering.",
        "器内铸有族徽，标明献祭者所属的氏族。",
      ),
      inTitle: bi(", with a clan sign", "（有族徽）"),
    };
  }
  return null;
}

/** The first of the candidate titles used least so far (a new one if any is new), counted. */
function leastUsed(candidates: readonly Bi[], used: Map<string, number>): Bi {
  let best = candidates[0];
  for (const c of candidates) if ((used.get(c.en) ?? 0) < (used.get(best.en) ?? 0)) best = c;
  used.set(best.en, (used.get(best.en) ?? 0) + 1);
  return best;
}

/**
 * A vessel's title: its type and bands of decoration, a second band where its period used one beside the first, and
 * its inscription. The second band is drawn from a stream of its own (`titles`), so every other feature of the record
 * and its narration stay as they were; the least used title is taken, as a cataloguer tells two alike apart.
 */
function vesselTitle(
  v: VesselDef,
  periodKey: PeriodKey,
  main: DecorKey,
  inscribed: Inscription | null,
  titles: Random,
  used: Map<string, number>,
): Bi {
  const others = (v.decor[periodKey] ?? []).filter((k) => k !== main);
  const titleWith = (second: DecorKey | null) => {
    const bands = second
      ? bi(`${DECOR[main].name.en} and ${DECOR[second].name.en}`, `${DECOR[main].name.zh}${DECOR[second].name.zh}`)
      : DECOR[main].name;
    return bi(
      `${v.name.en} with ${bands.en}${inscribed?.inTitle.en ?? ""}`,
      `${titlePrefix(periodKey)}${bands.zh}${v.name.zh}${inscribed?.inTitle.zh ?? ""}`,
    );
  };
  return leastUsed([null, ...titles.shuffle(others)].map(titleWith), used);
}

function buildVessel(
  v: VesselDef,
  n: number,
  rnd: Random,
  titles: Random,
  used: Map<string, number>,
): { record: Artifact; section: string; script: Bi[] } {
  const periodKey = rnd.weighted(v.periods);
  const decorKey = rnd.pick<DecorKey>(v.decor[periodKey] ?? ["bowstring"]);
  const decor = DECOR[decorKey];
  const [hMin, hMax] = v.heightCm[periodKey] ?? [15, 30];
  const heightCm = rnd.range(hMin, hMax, 1);
  const profile = varyProfile(v.profile, rnd, 0.03);
  const body = widthOf(profile, heightCm);
  const period = periodOf(periodKey);
  // The narration names the object by its type and first band, as a guide would say it aloud.
  const spoken = bi(`${v.name.en} with ${decor.name.en}`, `${titlePrefix(periodKey)}${decor.name.zh}${v.name.zh}`);
  const inscribed = inscription(v, periodKey, rnd);
  const title = vesselTitle(v, periodKey, decorKey, inscribed, titles, used);
  const record: Artifact = {
    ...envelope("bronze", n, bi(`${period.name.en} bronze ${v.name.en}s`, `${period.name.zh}青铜${v.name.zh}`)),
    title: { en: capitalise(title.en), zh: title.zh },
    description: sentences([v.about, decor.look, inscribed?.text ?? null, ERA_NOTES[periodKey]]),
    period,
    material: "bronze",
    // Handles, spouts and tails widen a vessel along its front; its depth is the turned body's.
    dimensions: { heightCm, widthCm: round(body * v.spread, 1), depthCm: body },
    form: { kind: "bronze", vessel: v.vessel, profile, patina: rnd.pick(PATINAS), legs: v.legs, handles: v.handles },
    illustrative: true,
  };
  const span = spanPhrase(period.startYear, period.endYear);
  const intro = bi(`This ${spoken.en} was cast ${span.en}.`, `这件${spoken.zh}铸造于${span.zh}。`);
  return { record, section: sectionOf(v.vessel, periodKey), script: [intro, v.about, decor.look, ILLUSTRATIVE_LINE] };
}

/** A mirror lies on its back: a flat disc with a raised rim and a knob, its radius many times its thickness. */
function mirrorProfile(diameterCm: number, heightCm: number): Profile {
  const r = round(diameterCm / 2 / heightCm);
  const knob = round(1 / heightCm);
  return [
    [0, 0],
    [r, 0],
    [r, 0.5],
    [round(r * 0.92), 0.55],
    [round(knob * 1.4), 0.58],
    [knob, 0.8],
    [0, 1],
  ];
}

/** A mirror's title: its pattern and, where the type has them, one of its recorded varieties (the least used). */
function mirrorTitle(m: MirrorDef, titles: Random, used: Map<string, number>): Bi {
  const titleWith = (variety: Bi | null) =>
    bi(
      `bronze mirror with ${m.name.en}${variety ? ` ${variety.en}` : ""}`,
      `${titlePrefix(m.period)}${variety?.zh ?? m.name.zh}`,
    );
  return leastUsed([...titles.shuffle([...m.varieties]), null].map(titleWith), used);
}

function buildMirror(
  n: number,
  rnd: Random,
  titles: Random,
  used: Map<string, number>,
): { record: Artifact; script: Bi[] } {
  const m = rnd.pick(MIRRORS);
  const diameterCm = rnd.range(m.diameterCm[0], m.diameterCm[1], 1);
  const heightCm = Math.max(rnd.range(1.2, 2.2, 1), round(diameterCm / 19, 1));
  const period = periodOf(m.period);
  const spoken = bi(`bronze mirror with ${m.name.en}`, `${titlePrefix(m.period)}${m.name.zh}`);
  const title = mirrorTitle(m, titles, used);
  const record: Artifact = {
    ...envelope("bronze", n, bi(`${period.name.en} bronze mirrors`, `${period.name.zh}铜镜`)),
    title: { en: capitalise(title.en), zh: title.zh },
    description: sentences([MIRROR_ABOUT, m.look, MIRROR_NOTES[period.era]]),
    period,
    material: "bronze",
    dimensions: { heightCm, widthCm: diameterCm, depthCm: diameterCm },
    form: {
      kind: "bronze",
      vessel: "mirror",
      profile: mirrorProfile(diameterCm, heightCm),
      patina: rnd.pick(MIRROR_PATINAS),
      legs: 0,
      handles: 0,
    },
    illustrative: true,
  };
  const span = spanPhrase(period.startYear, period.endYear);
  const intro = bi(`This ${spoken.en} was cast ${span.en}.`, `这面${spoken.zh}铸造于${span.zh}。`);
  return { record, script: [intro, m.look, MIRROR_NOTES[period.era] ?? MIRROR_ABOUT, ILLUSTRATIVE_LINE] };
}

export function buildBronzes(): Built[] {
  const out: Built[] = [];
  const used = new Map<string, number>();
  for (const v of VESSELS) {
    const rnd = randomFor(`bronze:${v.vessel}`);
    const titles = randomFor(`bronze:${v.vessel}:titles`);
    for (let i = 0; i < v.count; i++) {
      const { record, section, script } = buildVessel(v, out.length + 1, rnd, titles, used);
      const narrated = i < (v.highlights ?? 0) ? { script } : {};
      out.push({ record, section, group: v.vessel, objectType: v.name, maker: null, ...narrated });
    }
  }
  const rnd = randomFor("bronze:mirror");
  const titles = randomFor("bronze:mirror:titles");
  for (let i = 0; i < MIRROR_COUNT; i++) {
    const { record, script } = buildMirror(out.length + 1, rnd, titles, used);
    // Two mirrors are narrated: one Han, one Tang, the two great ages of the Chinese mirror.
    const era = record.period.era;
    const narrated =
      out.filter((b) => b.script && b.section === "mirrors" && b.record.period.era === era).length === 0 &&
      (era === "han" || era === "tang");
    const objectType = bi("mirror", "铜镜");
    out.push({ record, section: "mirrors", group: "mirror", objectType, maker: null, ...(narrated ? { script } : {}) });
  }
  return out;
}
