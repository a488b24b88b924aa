// Builds the painting records: literati and Shanghai School scrolls, and framed 1930s Shanghai oil paintings.
import type { Artifact, Artwork } from "../../common/catalog";
import { fittingManner, type MakerKey } from "./makers";
import { CANVASES, FRAMES, OIL_NOTES, SCHOOLS, type School } from "./paintingTypes";
import { titlePrefix } from "./periods";
import { randomFor, type Random } from "./random";
import { bi, ILLUSTRATIVE_LINE, envelope, periodOf, sentences, spanPhrase, type Bi, type Built } from "./records";
import { artSeed, groundColour, mountColour, MOUNTINGS, scrollSize, type Mounting } from "./scrolls";

interface Painted {
  record: Artifact;
  script: Bi[];
  objectType: Bi;
  maker: MakerKey | null;
}

function buildScroll(school: School, n: number, rnd: Random): Painted {
  const periodKey = rnd.weighted(school.periods);
  const subject = rnd.pick(school.subjects);
  const material = rnd.weighted(school.materials);
  const mounting = rnd.weighted<Mounting>(school.mountings ?? [["hanging", 1]]);
  const m = MOUNTINGS[mounting];
  const period = periodOf(periodKey);
  const fitting = school.manners.filter((mn) => mn.subjects.includes(subject.art));
  const chosen = fitting.length > 0 ? fittingManner(rnd.pick(fitting), fitting, period) : null;
  const mannerLine =
    chosen?.line ?? bi("The painter did not sign it, or the signature has been lost.", "作者未署名款，或款识已佚。");
  const about = rnd.pick(school.about);
  const record: Artifact = {
    ...envelope("painting", n, bi(`${school.name.en} of the ${period.name.en}`, `${period.name.zh}${school.name.zh}`)),
    title: {
      en: `${subject.title.en}, ${m.name.en}`,
      zh: `${titlePrefix(periodKey)}${subject.title.zh.replace(/图$/, "")}${mounting === "hanging" ? "图轴" : mounting === "handscroll" ? "图卷" : m.zhSuffix}`,
    },
    description: sentences([about, mannerLine, m.note]),
    period,
    material,
    dimensions: scrollSize(mounting, rnd),
    form: {
      kind: "scroll",
      mounting,
      paper: groundColour(material, mounting, rnd),
      mount: mountColour(rnd),
      art: { subject: subject.art, seed: artSeed(rnd) },
    },
    illustrative: true,
  };
  const span = spanPhrase(period.startYear, period.endYear);
  const intro = bi(
    `${subject.title.en}: a ${m.name.en} painted ${span.en}.`,
    `《${subject.title.zh}》，${m.name.zh}，绘于${span.zh}。`,
  );
  return {
    record,
    script: [intro, school.about[0], mannerLine, ILLUSTRATIVE_LINE],
    objectType: m.name,
    maker: chosen?.maker ?? null,
  };
}

function buildOil(school: School, n: number, rnd: Random): Painted {
  const periodKey = rnd.weighted(school.periods);
  const subject = rnd.pick(school.subjects);
  const period = periodOf(periodKey);
  // Portraits stand upright; city views and landscapes lie on their side, as a painter's stock canvases did.
  const upright = subject.art === "portrait" || (subject.art === "figures" && rnd.chance(0.5));
  const long = rnd.range(55, 110, 1);
  const short = Math.round(long * rnd.range(0.68, 0.82, 2) * 10) / 10;
  const note = OIL_NOTES[subject.art];
  const record: Artifact = {
    ...envelope("painting", n, bi("Shanghai oil paintings of the 1930s", "20世纪30年代上海油画")),
    title: { en: subject.title.en, zh: `${subject.title.zh}` },
    description: sentences([school.about[0], note, school.manners[0].line]),
    period,
    material: "oil-on-canvas",
    dimensions: { heightCm: upright ? long : short, widthCm: upright ? short : long, depthCm: rnd.range(3, 6, 1) },
    form: {
      kind: "painting",
      frame: rnd.pick(FRAMES),
      ground: rnd.pick(CANVASES),
      art: { subject: subject.art, seed: artSeed(rnd) },
    },
    illustrative: true,
  };
  const span = spanPhrase(period.startYear, period.endYear);
  const intro = bi(
    `${subject.title.en}: an oil painting made in Shanghai ${span.en}.`,
    `《${subject.title.zh}》，布面油画，作于上海，时间在${span.zh}。`,
  );
  return {
    record,
    script: [intro, school.about[0], note ?? null, school.manners[0].line, ILLUSTRATIVE_LINE].filter(
      (x): x is Bi => !!x,
    ),
    objectType: bi("oil painting", "油画"),
    maker: null,
  };
}

export function buildPaintings(): Built[] {
  const out: Built[] = [];
  for (const school of SCHOOLS) {
    const rnd = randomFor(`painting:${school.key}`);
    const narrated = new Set<Artwork["subject"]>();
    for (let i = 0; i < school.count; i++) {
      const { record, script, objectType, maker } = school.mountings
        ? buildScroll(school, out.length + 1, rnd)
        : buildOil(school, out.length + 1, rnd);
      const art =
        record.form.kind === "scroll" || record.form.kind === "painting" ? record.form.art.subject : "landscape";
      // Narrate the first of each chosen subject that hangs on a wall, where a group can gather in front of it.
      const hangs =
        record.form.kind === "painting" || (record.form.kind === "scroll" && record.form.mounting === "hanging");
      const speak = hangs && school.narrate.includes(art) && !narrated.has(art);
      if (speak) narrated.add(art);
      out.push({
        record,
        section: school.key,
        group: record.form.kind === "scroll" ? record.form.mounting : "framed",
        objectType,
        maker,
        ...(speak ? { script } : {}),
      });
    }
  }
  return out;
}
