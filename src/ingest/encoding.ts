/**
 * Text encodings of input files: UTF-8 with or without a BOM, UTF-16 with a BOM, and
 * windows-1251, which many Russian spreadsheets and CSV files still are. Detected from the
 * first bytes unless the user names one; decoding is strict, so a wrong guess or a wrong
 * `--encoding` stops with the byte and line where the text stops making sense.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { isUtf8 as isUtf8Native } from 'node:buffer';
import iconv from 'iconv-lite';
import { ImportError } from './import-error.ts';

/** Bytes read to guess an encoding. */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * Share of high bytes (0x80–0xFF) that must fall in windows-1251's letter range (А–я, Ё, ё)
 * for a file that is not UTF-8 to be read as windows-1251. Russian text is nearly all letters.
 */
const CP1251_LETTER_SHARE = 0.8;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

const ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  win1251: 'windows-1251',
};

export function parseEncoding(name: string): Encoding {
  const encoding = ALIASES[name.toLowerCase()];
  if (!encoding) throw new ImportError(`unknown encoding "${name}" (known: utf-8, utf-16le, utf-16be, windows-1251)`);
  return encoding;
}

/**
 * Index of the first byte that breaks UTF-8 in `bytes`, or -1 (a sequence cut at the end is
 * not a break). Checks lead and continuation bytes, not overlong forms: enough to tell
 * windows-1251 from UTF-8 and to point at the spot.
 */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function isUtf8(bytes: Buffer): boolean {
  return firstInvalidUtf8(bytes) < 0;
}

/** Guesses the encoding of a file from its first bytes; `file` names it in errors. */
export function detectEncoding(file: string, sample: Buffer): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const nul = sample.indexOf(0);
  if (nul >= 0) throw new ImportError(`${file}: byte ${nul} is NUL — this looks like a binary file, not text (for a spreadsheet use .xlsx)`);
  if (isUtf8(sample)) return 'utf-8';
  let high = 0;
  let letters = 0;
  for (const b of sample) {
    if (b < 0x80) continue;
    high += 1;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) letters += 1;
  }
  if (letters / high >= CP1251_LETTER_SHARE) return 'windows-1251';
  throw new ImportError(`${file}: the text is neither UTF-8 nor windows-1251; name its encoding with --encoding`);
}

/**
 * Length of `bytes` without an incomplete UTF-8 sequence at its end (that tail is carried into
 * the next chunk).
 */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    return need >= back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n += 1;
  return n;
}

/**
 * A stream that turns the file's bytes into UTF-8 bytes: UTF-8 is checked (natively, chunk by
 * chunk) and passed through, other encodings are converted; a BOM is dropped. An invalid byte
 * fails the stream with the byte offset and line.
 */
export function decoder(file: string, encoding: Encoding): Transform {
  if (encoding !== 'utf-8') {
    const decode = iconv.getDecoder(encoding, { stripBOM: true });
    return new Transform({
      transform(chunk: Buffer, _enc, done: TransformCallback) {
        done(null, Buffer.from(decode.write(chunk), 'utf8'));
      },
      flush(done: TransformCallback) {
        done(null, Buffer.from(decode.end() ?? '', 'utf8'));
      },
    });
  }
  let carry = Buffer.alloc(0);
  let offset = 0;
  let line = 1;
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      let bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      if (first) {
        first = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
          bytes = bytes.subarray(3);
          offset = 3;
        }
      }
      const end = completeLength(bytes);
      const body = bytes.subarray(0, end);
      carry = Buffer.from(bytes.subarray(end));
      if (!isUtf8Native(body)) {
        const bad = Math.max(0, firstInvalidUtf8(body));
        done(
          new ImportError(
            `${file}, line ${line + countLines(body.subarray(0, bad))}: byte ${offset + bad} is not valid UTF-8 — ` +
              'if the file is windows-1251, pass --encoding windows-1251',
          ),
        );
        return;
      }
      offset += body.length;
      line += countLines(body);
      done(null, body);
    },
    flush(done: TransformCallback) {
      if (carry.length > 0) done(new ImportError(`${file}: the file ends inside a UTF-8 character (truncated?)`));
      else done();
    },
  });
}
