// What the judge says about a stroke, in English and Chinese: short and specific ("start higher and to the left",
// "this is the 3rd stroke; the 2nd is the horizontal").
import type { LocalizedText } from "../sceneParts";
import type { CharacterModel, StrokeJudgement } from "./judgement";
import { headingText, KIND_NAMES } from "./strokeKinds";
import type { Vec } from "./inkGeometry";

const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
};

/** "higher and to the left": which way a point must move to reach where it belongs (grid y up). */
function moveText(from: Vec, to: Vec): LocalizedText {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const en: string[] = [];
  let zh = "";
  if (Math.abs(dy) >= 0.4 * Math.abs(dx)) {
    en.push(dy > 0 ? "higher" : "lower");
    zh += dy > 0 ? "上" : "下";
  }
  if (Math.abs(dx) >= 0.4 * Math.abs(dy)) {
    en.push(dx > 0 ? "further right" : "further left");
    zh += dx > 0 ? "右" : "左";
  }
  return { en: en.join(" and "), zh };
}

type Judged = Omit<StrokeJudgement, "feedback">;

function checkValue(j: Judged, name: string) {
  return j.checks.find((c) => c.name === name);
}

export function strokeFeedback(j: Judged, model: CharacterModel, points: readonly Vec[]): LocalizedText {
  const name = KIND_NAMES[j.kind];
  const n = j.expected + 1;
  const median = model.medians[Math.min(j.expected, model.medians.length - 1)];
  switch (j.reason) {
    case "extra":
      return { en: "The character is complete: start a new sheet.", zh: "这个字已经写完了，请换一张纸。" };
    case "points":
      return {
        en: "Too little to judge: press and draw the whole stroke.",
        zh: "笔画太短，无法判断：请按下并写完整一笔。",
      };
    case "order": {
      const other = j.looksLike!;
      const otherName = KIND_NAMES[model.kinds[other]];
      return {
        en: `This is the ${ordinal(other + 1)} stroke (${otherName.en}); the ${ordinal(n)} is the ${name.en}.`,
        zh: `这是第${other + 1}笔（${otherName.zh}）；第${n}笔应是${name.zh}。`,
      };
    }
    case "reversed": {
      const h = headingText(median[0], median[median.length - 1]);
      return {
        en: `Wrong direction: write the ${name.en} ${h.en}.`,
        zh: `方向反了：${name.zh}应${h.zh}写。`,
      };
    }
    case "length": {
      const short = (checkValue(j, "length")?.value ?? 1) < 1;
      return short
        ? { en: `Too short: carry the ${name.en} further.`, zh: `${name.zh}太短，再写长一些。` }
        : { en: `Too long: stop the ${name.en} sooner.`, zh: `${name.zh}太长，早一点收笔。` };
    }
    case "position":
      return positionFeedback(j, name, median, points);
    case "direction": {
      const h = headingText(median[0], median[median.length - 1]);
      return { en: `The ${name.en} goes ${h.en}.`, zh: `${name.zh}应${h.zh}行笔。` };
    }
    case "shape":
      return {
        en: `Not the shape of the ${name.en}: follow the model's curve and turns.`,
        zh: `${name.zh}的形状不对：照着范字的弧度和转折写。`,
      };
    default:
      return acceptedFeedback(j, name);
  }
}

function positionFeedback(j: Judged, name: LocalizedText, median: Vec[], points: readonly Vec[]): LocalizedText {
  // The judge's checks measured on the grid; the direction of the fix is read there too, from the stroke's ends.
  const start = checkValue(j, "start");
  const end = checkValue(j, "end");
  const startOff = start && !start.ok;
  const endOff = end && !end.ok;
  const en: string[] = [];
  const zh: string[] = [];
  if (startOff) {
    const m = moveText(points[0], median[0]);
    en.push(`start ${m.en}`);
    zh.push(`起笔再往${m.zh}一些`);
  }
  if (endOff) {
    const m = moveText(points[points.length - 1], median[median.length - 1]);
    en.push(`end ${m.en}`);
    zh.push(`收笔再往${m.zh}一些`);
  }
  const text = en.join(", ");
  return {
    en: `The ${name.en} is out of place: ${text}.`,
    zh: `${name.zh}的位置不对：${zh.join("，")}。`,
  };
}

function acceptedFeedback(j: Judged, name: LocalizedText): LocalizedText {
  const tips = j.brush.filter((b) => b.ok === false && b.advice);
  if (tips.length === 0) {
    const measured = j.brush.some((b) => b.ok === true);
    return measured
      ? { en: `Good ${name.en}, and the brush work fits it.`, zh: `${name.zh}写得好，运笔也对。` }
      : { en: `Good ${name.en}.`, zh: `${name.zh}写得对。` };
  }
  return {
    en: `Right ${name.en}; brush: ${tips.map((b) => b.advice!.en).join("; ")}.`,
    zh: `${name.zh}的字形对了；运笔：${tips.map((b) => b.advice!.zh).join("；")}。`,
  };
}
