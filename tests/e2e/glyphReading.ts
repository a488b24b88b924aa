// How the page drew the Han characters of an element's text: their advances in em, and whether they are different
// pictures. A Han character of Noto Sans SC is one em wide; the .notdef box this machine draws instead of a missing
// glyph is narrower (DejaVu's, about 0.6 em) and the same for every character.
import type { Page } from "playwright-core";

export interface GlyphReading {
  /** Each Han character's advance, in em of the font that drew it. */
  advances: number[];
  /** How many different pictures the first few different Han characters make (1: all the same box). */
  distinctPictures: number;
}

/** Reads how the page drew the Han characters of an element's text (its layout, and its font on a canvas). */
export function readDomGlyphs(page: Page, selector: string): Promise<GlyphReading> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\p{Script=Han}/u.test(n.nodeValue!))!;
    const style = getComputedStyle(el);
    const em = parseFloat(style.fontSize);
    const advances: number[] = [];
    const text = node.nodeValue!;
    const range = document.createRange();
    for (let i = 0; i < text.length; i++) {
      if (!/\p{Script=Han}/u.test(text[i])) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      advances.push(range.getBoundingClientRect().width / em);
    }
    const chars = [...new Set([...text].filter((c) => /\p{Script=Han}/u.test(c)))].slice(0, 6);
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 64;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    ctx.font = `${style.fontWeight} 48px ${style.fontFamily}`;
    const pictures = chars.map((c) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.fillText(c, 4, 52);
      return ctx.getImageData(0, 0, 64, 64).data.join(",");
    });
    return { advances, distinctPictures: new Set(pictures).size };
  }, selector);
}
