// The interface's one string mechanism: every table of words (per concern, loaded with its code) is a StringTable
// with English and Chinese for each key, and every lookup is made here by wordsOf, so all fill `{name}` the same way.
import type { Lang, LocalizedText } from "../../common/sceneParts";

export type StringTable = Readonly<Record<string, LocalizedText>>;

/** Values for the `{name}` slots of a string. */
export type Slots = Readonly<Record<string, string | number>>;

export type Lookup<T extends StringTable> = (key: keyof T & string, lang: Lang, slots?: Slots) => string;

/** The lookup of one table: the key's text in the language, slots filled (a slot with no value reads as ""). */
export function wordsOf<T extends StringTable>(table: T): Lookup<T> {
  return (key, lang, slots = {}) =>
    table[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(slots[name] ?? ""));
}
