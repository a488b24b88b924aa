// Fetches a character's stroke data from our own origin (the studio's lesson characters only), checked, once each.
import "../state/schemaChecks";
import { CharacterDataSchema, type CharacterData } from "../../common/ink/inkStroke";
import { STROKE_DATA_PATH, strokeFileName } from "../../common/ink/lessons";

const cache = new Map<string, Promise<CharacterData>>();

export function fetchCharacter(char: string): Promise<CharacterData> {
  let pending = cache.get(char);
  if (!pending) {
    pending = load(char);
    cache.set(char, pending);
    pending.catch(() => cache.delete(char));
  }
  return pending;
}

async function load(char: string): Promise<CharacterData> {
  const res = await fetch(STROKE_DATA_PATH + strokeFileName(char));
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(`No stroke data for "${char}": ${body?.error ?? `HTTP ${res.status}`}`);
  }
  const parsed = CharacterDataSchema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`The stroke data for "${char}" is malformed: ${parsed.error.issues[0].message}`);
  return parsed.data;
}
