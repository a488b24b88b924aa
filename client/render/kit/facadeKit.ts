// The façades' relief and their granite and brick textures as one piece that loads lazily: the Bund's place fetches
// it before building (client/app/places/bundPlace.ts), so the start-up bundle carries none of it.
import { dialSurrounds, drum, lantern, portico, ribbedDome } from "./classicalOrders";
import { cornice, piers, sillsAndLintels, stringCourse, wallsWithReveals } from "./facadeRelief";
import { rusticatedBase } from "./rusticatedBase";
import { streetSides } from "./streetSides";
import { granitePixels, windowBayPixels, type Pixels } from "./stoneTextures";
import { drawWindowPreview } from "./windowPreview";

export const FACADE_KIT = {
  wallsWithReveals,
  sillsAndLintels,
  piers,
  cornice,
  stringCourse,
  rusticatedBase,
  portico,
  drum,
  ribbedDome,
  lantern,
  dialSurrounds,
  /** Which side walls face a street (and get reveals), read from the scene's landmarks. */
  streetSides,
  /** The kit materials' pictures and normal maps, made when asked (a few milliseconds each). */
  textures: {
    ashlar: (): Pixels => windowBayPixels("ashlar"),
    brick: (): Pixels => windowBayPixels("brick"),
    granite: (): Pixels => granitePixels(),
  },
  /** The first frame's walls: their windows without the stone, drawn on a small canvas. */
  drawWindowPreview,
};

export type FacadeKit = typeof FACADE_KIT;
