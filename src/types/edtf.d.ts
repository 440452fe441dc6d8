/** Minimal types for the `edtf` package (EDTF parser), only the parts this project uses. */
declare module 'edtf' {
  export interface EdtfValue {
    type: string;
    /** Earliest instant covered, in ms since the epoch (UTC). */
    min: number;
    /** Latest instant covered, in ms since the epoch (UTC). */
    max: number;
    edtf: string;
  }
  /** Parses an EDTF string; throws on invalid input. */
  export default function edtf(text: string, options?: Record<string, unknown>): EdtfValue;
  export function parse(text: string, options?: Record<string, unknown>): { type: string; values: unknown[] };
}
