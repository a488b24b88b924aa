// The visitor's own choices (name, language, VR comfort, the period shown), remembered in the browser, with change listeners.
import type { Lang } from "../../common/sceneParts";
import type { XrSettings } from "./xrSettings";
import type { PeriodLayer } from "../../common/periodLayers";

export interface Settings {
  name: string;
  lang: Lang;
  /** VR comfort choices; absent until read from storage or first changed. */
  xr?: XrSettings;
  /**
   * The microphone as it is, without echo cancellation, noise suppression or gain control ("original sound", for
   * music; wear headphones). Off by default.
   */
  originalSound?: boolean;
  /** Which period the Bund shows: 1937 (the default) or today. A tour's guide sets it for the whole group. */
  layer?: PeriodLayer;
}

type Listener = (s: Settings) => void;

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): void;
  subscribe(fn: Listener): () => void;
}

export function createSettingsStore(initial: Settings, persist?: (s: Settings) => void): SettingsStore {
  let current = { ...initial };
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    update(patch) {
      current = { ...current, ...patch };
      persist?.(current);
      for (const fn of listeners) fn(current);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
