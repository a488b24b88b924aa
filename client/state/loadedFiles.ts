// The bytes of the asset files this page fetched for what it shows (glb models, narration audio, captions), kept by
// their path under assets/, so that an object's certificate is checked against what was really loaded rather than a
// second download. Nothing is hashed here: the certificate mark hashes them when a card asks.

export interface LoadedFiles {
  /** Keeps the bytes the page got for `path` (the latest fetch wins). */
  keep(path: string, bytes: Uint8Array): void;
  get(path: string): Uint8Array | undefined;
  /** How many bytes are kept now. */
  size(): number;
}

/** Models and narration of a few halls fit well under this; past it the oldest files are let go (and then unchecked). */
const DEFAULT_LIMIT = 64 * 1024 * 1024;

export function createLoadedFiles(limit = DEFAULT_LIMIT): LoadedFiles {
  const kept = new Map<string, Uint8Array>();
  let total = 0;
  return {
    keep(path, bytes) {
      const had = kept.get(path);
      if (had) total -= had.byteLength;
      kept.delete(path);
      kept.set(path, bytes);
      total += bytes.byteLength;
      for (const [oldest, b] of kept) {
        if (total <= limit || oldest === path) break;
        kept.delete(oldest);
        total -= b.byteLength;
      }
    },
    get: (path) => kept.get(path),
    size: () => total,
  };
}

/** The page's one record of what it loaded (as the browser has one cache): the loaders keep, the mark reads. */
export const loadedFiles = createLoadedFiles();
