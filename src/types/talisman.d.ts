// talisman ships no types; only the modules the project imports are declared here.
declare module 'talisman/phonetics/daitch-mokotoff.js' {
  /** Daitch–Mokotoff codes of a name (talisman's implementation; the names benchmark's baseline). */
  export default function daitchMokotoff(name: string): string[];
}
