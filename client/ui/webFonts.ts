// The museum's Chinese faces: their rules load once, after the first frame, and painters of canvases and VR panels
// wait here for the glyphs a text needs (a canvas draws with whatever is loaded when it draws: boxes, before).
export const SANS_SC = '"Noto Sans SC"';
export const TITLE_SC = '"Ma Shan Zheng"';
/** For text drawn on canvases and GUI textures: the system's Latin, then the museum's own Chinese. */
export const TEXT_STACK = `system-ui, ${SANS_SC}, sans-serif`;
/** Chinese titles on canvases: the calligraphic face, with the plain one for any character it lacks. */
export const TITLE_STACK = `${TITLE_SC}, ${SANS_SC}, serif`;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
let rules: Promise<void> | null = null;
/** Texts already on the page, waiting for the rules before their glyphs are asked for, and what to do then. */
const waiting = new Map<string, (() => void)[]>();

/** Asks for the glyphs of `text` in the plain face (in a 400 weight, as the page's small labels draw). */
function loadGlyphs(text: string): Promise<void> {
  return document.fonts.load(`400 14px ${SANS_SC}`, text).then(() => undefined);
}

/** Registers the faces (a stylesheet of @font-face rules; no font file is fetched until a character needs it). */
export function loadMuseumFonts(): Promise<void> {
  rules ??= import("./museumFonts.css").then(
    () => {
      for (const [text, then] of waiting)
        void loadGlyphs(text).then(
          () => then.forEach((f) => f()),
          () => undefined,
        );
      waiting.clear();
    },
    (err: unknown) => {
      rules = null; // a failed fetch may succeed next time
      throw err;
    },
  );
  return rules;
}

/**
 * Null when `text` can be drawn now in `family` (no Chinese in it, or its glyphs are loaded, or no document:
 * NullEngine tests); otherwise a promise that resolves once they are, after which the caller draws again.
 */
export function fontsFor(text: string, family = SANS_SC): Promise<void> | null {
  if (!CJK.test(text) || typeof document === "undefined" || !document.fonts) return null;
  const font = `32px ${family}`;
  if (rules && document.fonts.check(font, text)) return null;
  return loadMuseumFonts()
    .then(() => document.fonts.load(font, text))
    .then(() => undefined);
}

/** For labels whose Chinese must not wait on system-ui: on Linux, Chromium's system-ui answers for every character and
 * draws its own narrow boxes for Han, so the museum's face has to come first (measured: 0.6 em boxes behind
 * system-ui, 1 em glyphs with the face first; tests/e2e/langSwitchGlyphs.test.ts). */
const FACE_FIRST = `${SANS_SC}, system-ui, sans-serif`;

/**
 * For short labels on the page from the start (the language button's 中文, the HUD's chips): once the faces are
 * registered and the glyphs of the label's text loaded, a label with Chinese in it is drawn in the museum's face
 * first; one without keeps the page's stack. Starts no load of its own: the rules still arrive after the first frame.
 */
export function glyphsWhenFontsArrive(element: HTMLElement, text: string): void {
  if (typeof document === "undefined" || !document.fonts) return;
  if (!CJK.test(text)) {
    element.style.fontFamily = "";
    return;
  }
  const reshape = () => {
    if (element.textContent === text) element.style.fontFamily = FACE_FIRST;
  };
  if (rules) void rules.then(() => loadGlyphs(text)).then(reshape, () => undefined);
  else waiting.set(text, [...(waiting.get(text) ?? []), reshape]);
}
