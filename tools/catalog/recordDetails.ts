// Completes a generated record as a museum would catalogue it: type, maker, place, technique, marks, measurements,
// acquisition, rights, identifier, comparables, a titled period and a sentence describing this one object.
import type { Artifact } from "../../common/catalog";
import type { Maker, Measurement, RecordDetails } from "../../common/recordDetails";
import { comparablesFor, typeKeyOf } from "./comparables";
import { MAKERS } from "./makers";
import { bi, ILLUSTRATIVE_LINE, type Bi, type Built } from "./records";
import { WARE_FACTS } from "./wareFacts";

/** The day the generated records were last revised; a constant so the catalog stays byte-for-byte reproducible. */
export const RECORDS_REVISED = "2026-12-02";

const half = (cm: number) => Math.max(0.5, Math.round(cm * 2) / 2);
const num = (cm: number) => String(half(cm));

const ROLES: Record<Artifact["category"], Bi> = {
  ceramic: bi("potter", "陶瓷工匠"),
  bronze: bi("bronze caster", "铸铜工匠"),
  calligraphy: bi("calligrapher", "书法家"),
  painting: bi("painter", "画家"),
  seal: bi("seal carver", "篆刻者"),
};

function makerOf(b: Built): Maker {
  const key = b.maker;
  if (!key) {
    const unknown = b.record.category === "ceramic" || b.record.category === "bronze";
    return {
      name: unknown ? bi("Unrecorded workshop", "作坊不详") : bi("Unknown", "佚名"),
      role: ROLES[b.record.category],
      attribution: unknown ? "workshop" : "unknown",
    };
  }
  const mk = MAKERS[key];
  return {
    name: bi(`Unknown hand, in the manner of ${mk.name.en}`, `佚名，风格近${mk.name.zh}`),
    role: ROLES[b.record.category],
    attribution: "manner-of",
    born: mk.born,
    died: mk.died,
  };
}

function placeOf(b: Built): Bi {
  const { category, period } = b.record;
  if (category === "ceramic") return WARE_FACTS[b.group]?.place ?? bi("China", "中国");
  if (category === "seal")
    return bi("Stone from Shoushan, Fuzhou; carved in Jiangnan or Shanghai", "石出福州寿山，刻于江南或上海");
  if (category === "bronze")
    return period.era === "shang" || period.era === "western-zhou"
      ? bi("Central plains of the Yellow River (Henan or Shaanxi)", "黄河中游（河南或陕西）")
      : bi("China", "中国");
  return period.era === "republic" || b.section === "shanghai-school" ? bi("Shanghai", "上海") : bi("Jiangnan", "江南");
}

function techniqueOf(b: Built): Bi {
  const r = b.record;
  if (r.category === "ceramic") return WARE_FACTS[b.group]?.technique ?? bi("Fired clay", "陶瓷");
  if (r.category === "bronze")
    return b.group === "mirror"
      ? bi("Cast bronze, the face polished to reflect", "青铜铸造，镜面磨光")
      : bi("Bronze cast in sectional clay moulds", "青铜，分范合铸");
  if (r.category === "seal")
    return bi("Soapstone carved with a knife; legend cut in seal script", "寿山石以刀刻成，印文为篆书");
  if (r.material === "oil-on-canvas") return bi("Oil on canvas, framed", "布面油画，装框");
  return bi(
    `${b.objectType?.en ?? "Scroll"}; ${r.material.replace(/-/g, " ")}`,
    `${b.objectType?.zh ?? "卷轴"}；${r.material === "ink-on-silk" || r.material === "colour-on-silk" ? "绢本" : "纸本"}`,
  );
}

function marksOf(b: Built): Bi {
  const r = b.record;
  if (r.category === "seal") {
    const legend = /“(.+)”/.exec(r.title.zh)?.[1] ?? "";
    return bi(
      `Seal face cut with the legend ${legend}; no side inscription represented.`,
      `印面刻“${legend}”；未表现边款。`,
    );
  }
  if (r.category === "bronze" && /inscription|clan sign/.test(r.description.en))
    return bi(
      "Cast inscription inside, as described; its characters are not reproduced.",
      "器内铸铭，见描述；铭文字形未复原。",
    );
  if (r.category === "calligraphy" || r.category === "painting")
    return b.maker
      ? bi("No signature or collectors' seals are represented on this illustration.", "此示意作品未表现款识与鉴藏印。")
      : bi("Unsigned; no seals represented.", "无款，未表现钤印。");
  return bi("None represented on this illustration.", "此示意作品未表现款识。");
}

function measurementsOf(b: Built): Measurement[] {
  const { dimensions: d, form } = b.record;
  if (form.kind === "lathe") {
    const p = form.profile;
    const top = p[p.length - 1][0] * d.heightCm * 2;
    const foot = p[1][0] * d.heightCm * 2;
    return [
      { part: "height", cm: half(d.heightCm) },
      { part: "diameter", cm: half(d.widthCm) },
      { part: "mouth", cm: half(top) },
      { part: "foot", cm: half(foot) },
    ];
  }
  if (form.kind === "bronze" && form.vessel === "mirror")
    return [
      { part: "diameter", cm: half(d.widthCm) },
      { part: "height", cm: half(d.heightCm) },
    ];
  if (form.kind === "scroll") {
    const hanging = form.mounting === "hanging";
    const hand = form.mounting === "handscroll";
    return [
      { part: "image-height", cm: half(d.heightCm) },
      { part: "image-width", cm: half(d.widthCm) },
      { part: "mount-height", cm: half(hanging ? d.heightCm * 1.55 : d.heightCm + (hand ? 2 : 10)) },
      { part: "mount-width", cm: half(hanging ? d.widthCm + 16 : d.widthCm + (hand ? 60 : 10)) },
    ];
  }
  if (form.kind === "seal")
    return [
      { part: "height", cm: half(d.heightCm) },
      { part: "seal-face", cm: half(d.widthCm) },
    ];
  return [
    { part: "height", cm: half(d.heightCm) },
    { part: "width", cm: half(d.widthCm) },
    { part: "depth", cm: half(d.depthCm) },
  ];
}

/** One sentence about this object alone: its size, as a catalogue entry begins its physical description. */
function sizeSentence(b: Built, m: Measurement[]): Bi {
  const cm = (part: Measurement["part"]) => num(m.find((x) => x.part === part)?.cm ?? 0);
  const type = b.objectType ?? bi("object", "器物");
  const f = b.record.form;
  if (f.kind === "lathe")
    return bi(
      `This ${type.en} stands ${cm("height")} cm high and ${cm("diameter")} cm across, ` +
        `with a mouth of ${cm("mouth")} cm and a foot of ${cm("foot")} cm.`,
      `此${type.zh}高${cm("height")}厘米，最大径${cm("diameter")}厘米，口径${cm("mouth")}厘米，足径${cm("foot")}厘米。`,
    );
  if (f.kind === "scroll")
    return bi(
      `The ${f.art.subject === "calligraphy" ? "writing" : "painting"} itself measures ${cm("image-height")} by ${cm("image-width")} cm.`,
      `画心纵${cm("image-height")}厘米，横${cm("image-width")}厘米。`,
    );
  if (f.kind === "seal")
    return bi(
      `The seal stands ${cm("height")} cm high on a face ${cm("seal-face")} cm square.`,
      `印高${cm("height")}厘米，印面${cm("seal-face")}厘米见方。`,
    );
  if (f.kind === "bronze" && f.vessel === "mirror")
    return bi(`The mirror is ${cm("diameter")} cm across.`, `镜径${cm("diameter")}厘米。`);
  return bi(
    `It measures ${cm("height")} cm high, ${cm("width")} cm wide and ${cm("depth")} cm deep.`,
    `高${cm("height")}厘米，宽${cm("width")}厘米，深${cm("depth")}厘米。`,
  );
}

export function detailsOf(b: Built): RecordDetails {
  return {
    objectType: b.objectType ?? bi(b.record.category, b.record.category),
    maker: makerOf(b),
    placeMade: placeOf(b),
    technique: techniqueOf(b),
    marks: marksOf(b),
    measurements: measurementsOf(b),
    acquisition: bi(
      `Made for the Digital Bund as an illustration of its type, ${RECORDS_REVISED.slice(0, 4)}; not a physical object.`,
      `${RECORDS_REVISED.slice(0, 4)}年为数字外滩制作的示意性藏品，并非实物。`,
    ),
    rights: bi(
      "Illustration and text by the Digital Bund contributors, under the project's MIT licence.",
      "示意图像与文字由数字外滩贡献者制作，依项目的MIT许可发布。",
    ),
    uri: `urn:digital-bund:object:${b.record.id}`,
    lastUpdated: RECORDS_REVISED,
    comparables: [...comparablesFor(typeKeyOf(b))],
  };
}

/**
 * The record as the catalog publishes it: details added, English title dated, a sentence of its own. Its measurements
 * are stated to the half centimetre (an illustration is not measured); `dimensions` stay exact for the renderer.
 */
export function completeRecord(b: Built): Built {
  const details = detailsOf(b);
  const r = b.record;
  const dated = r.title.en.includes(r.period.name.en) ? r.title.en : `${r.title.en}, ${r.period.name.en}`;
  const record: Artifact = {
    ...r,
    title: { en: dated, zh: r.title.zh },
    description: {
      en: `${sizeSentence(b, details.measurements).en} ${r.description.en}`,
      zh: `${sizeSentence(b, details.measurements).zh}${r.description.zh}`,
    },
    details,
  };
  // A visitor hears first that this is an illustration, not last.
  const script = b.script && [ILLUSTRATIVE_LINE, ...b.script.filter((s) => s !== ILLUSTRATIVE_LINE)];
  return { ...b, record, ...(script ? { script } : {}) };
}
