/**
 * The errors that copying introduces: OCR confusing letters that look alike, and hand copying
 * dropping, doubling or swapping letters. Applied to a name at most once per call, so a
 * record stays recognisable (as real copying errors mostly are).
 */
import type { Random } from './random.ts';

/** Letters OCR confuses in Russian print, both ways. */
const OCR_CYRILLIC: readonly (readonly [string, string])[] = [
  ['ш', 'щ'], ['и', 'н'], ['п', 'н'], ['е', 'с'], ['з', 'э'], ['ь', 'ъ'], ['ц', 'щ'], ['л', 'п'],
  ['о', 'с'], ['в', 'з'], ['ы', 'ь'], ['к', 'х'], ['Ш', 'Щ'], ['И', 'Н'], ['П', 'Н'], ['Е', 'С'],
];
/** Letters and letter groups OCR confuses in Latin print. */
const OCR_LATIN: readonly (readonly [string, string])[] = [
  ['rn', 'm'], ['l', 'I'], ['c', 'e'], ['h', 'b'], ['u', 'n'], ['v', 'y'], ['cl', 'd'], ['i', 'l'],
  ['S', '5'], ['O', '0'],
];

function swapOne(text: string, pairs: readonly (readonly [string, string])[], random: Random): string {
  const options: [number, string, string][] = [];
  for (const [a, b] of pairs) {
    let at = text.indexOf(a);
    while (at >= 0) {
      options.push([at, a, b]);
      at = text.indexOf(a, at + 1);
    }
    at = text.indexOf(b);
    while (at >= 0) {
      options.push([at, b, a]);
      at = text.indexOf(b, at + 1);
    }
  }
  if (options.length === 0) return text;
  const [at, from, to] = random.pick(options);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const isCyrillic = (text: string): boolean => /[а-яё]/i.test(text);

/** One OCR misreading, if the name has a letter OCR could misread. */
export function ocrError(text: string, random: Random): string {
  return swapOne(text, isCyrillic(text) ? OCR_CYRILLIC : OCR_LATIN, random);
}

/** One hand-copying slip: a letter dropped, doubled, or two neighbours swapped (never the first letter). */
export function copyError(text: string, random: Random): string {
  if (text.length < 4) return text;
  const at = random.int(1, text.length - 2);
  switch (random.int(0, 2)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text[at] + text.slice(at);
    default:
      return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  }
}
