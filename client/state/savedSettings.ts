// The visitor's settings as the browser remembers them: read once at start-up (with the page's language as the
// default), written back on every change. The storage is passed in (the page's localStorage).
import type { Lang } from "../../common/sceneParts";
import { createSettingsStore, type SettingsStore } from "./settings";
import { readXrSettings } from "./xrSettings";
import { isPeriodLayer } from "../../common/periodLayers";

const KEY = "bund.settings";

/** The little of the Web Storage API this needs. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What was stored, read leniently: a damaged or foreign entry falls back to defaults field by field. */
function readStored(storage: SettingsStorage): {
  name?: unknown;
  lang?: unknown;
  xr?: unknown;
  originalSound?: unknown;
  layer?: unknown;
} {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}

export function loadSavedSettings(storage: SettingsStorage, pageLanguage: string): SettingsStore {
  const stored = readStored(storage);
  const lang: Lang =
    stored.lang === "zh" || stored.lang === "en" ? stored.lang : pageLanguage.startsWith("zh") ? "zh" : "en";
  return createSettingsStore(
    {
      name: typeof stored.name === "string" ? stored.name : "",
      lang,
      xr: readXrSettings(stored.xr),
      originalSound: stored.originalSound === true,
      layer: isPeriodLayer(stored.layer) ? stored.layer : "1937",
    },
    (s) => storage.setItem(KEY, JSON.stringify(s)),
  );
}
