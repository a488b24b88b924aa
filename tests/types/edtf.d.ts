// The part of the `edtf` package (no types of its own) the tests use to check the content's EDTF dates.
declare module "edtf" {
  interface Extended {
    type: string;
    /** Earliest instant covered, in ms since 1970. */
    min: number;
    max: number;
    uncertain: unknown;
    approximate: unknown;
  }
  export default function edtf(value: string): Extended;
}
