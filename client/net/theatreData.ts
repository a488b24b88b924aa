// Fetches the performance from our own origin and checks it: the libretto's companion data and the choreography
// (zod), the surtitles in both languages (WebVTT), and that the two languages carry the same cues at the same times.
import "../state/schemaChecks";
import { parseChoreography, type Choreography } from "../../common/theatre/choreography";
import { parseLibretto, type Libretto } from "../../common/theatre/libretto";
import { parseSurtitles, surtitleMismatch, type SurtitleCue } from "../state/surtitleFile";

export const THEATRE_ASSETS = "/assets/theatre/";

export interface Performance {
  libretto: Libretto;
  choreography: Choreography;
  surtitles: { zh: SurtitleCue[]; en: SurtitleCue[] };
}

async function text(name: string): Promise<string> {
  const res = await fetch(THEATRE_ASSETS + name);
  if (!res.ok) throw new Error(`The theatre's ${name} could not be loaded: HTTP ${res.status}`);
  return res.text();
}

const json = (name: string, body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new Error(`The theatre's ${name} is not JSON: ${(err as Error).message}`, { cause: err });
  }
};

export async function fetchPerformance(id = "youyuan"): Promise<Performance> {
  const names = [`${id}.libretto.json`, `${id}.choreography.json`, `${id}.zh.vtt`, `${id}.en.vtt`];
  const [l, c, zh, en] = await Promise.all(names.map(text));
  const surtitles = { zh: parseSurtitles(zh, names[2]), en: parseSurtitles(en, names[3]) };
  const mismatch = surtitleMismatch(surtitles.zh, surtitles.en);
  if (mismatch) throw new Error(`The theatre's surtitles disagree between languages: ${mismatch}`);
  return {
    libretto: parseLibretto(json(names[0], l)),
    choreography: parseChoreography(json(names[1], c)),
    surtitles,
  };
}
