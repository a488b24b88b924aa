// The part of `webvtt-parser` 2.2.0 (CC0, no types of its own) that surtitleFile.ts uses.
declare module "webvtt-parser" {
  export interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: unknown;
  }
  export interface WebVTTParseResult {
    cues: WebVTTCue[];
    errors: { message: string; line: number; col?: number }[];
  }
  export class WebVTTParser {
    parse(input: string, mode?: "subtitles" | "chapters" | "metadata"): WebVTTParseResult;
  }
  /** The CommonJS module object: its exports are assigned in a loop Node's ESM loader cannot see as named exports,
   *  so the default import is the one that works in Node (the benches) as in Vite and vitest. */
  const parser: { WebVTTParser: typeof WebVTTParser };
  export default parser;
}
