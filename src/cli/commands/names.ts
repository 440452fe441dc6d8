/**
 * `unerased names translit|keys|compare`: the names layer from the shell: how a name is
 * romanised, every key it yields (what search and linkage index), and how alike two names are.
 */
import type { Command } from 'commander';
import { TRANSLIT_SCHEMES, transliterate, nameKeys, compareNames, parsePersonName } from '../../names/index.ts';

export function register(program: Command): void {
  const names = program.command('names').description('names in any script: transliteration, phonetic keys, comparison');

  names
    .command('translit')
    .description('romanise a Cyrillic name (every scheme, or one)')
    .argument('<text...>', 'the name, e.g. Соловьёв')
    .option('--scheme <s>', `one scheme: ${TRANSLIT_SCHEMES.join(', ')}`)
    .option('--json', 'print {scheme: romanisation} as JSON')
    .action((text: string[], options: { scheme?: string; json?: boolean }) => {
      const input = text.join(' ');
      if (options.scheme !== undefined && !TRANSLIT_SCHEMES.includes(options.scheme)) {
        throw new Error(`unknown --scheme "${options.scheme}"; known: ${TRANSLIT_SCHEMES.join(', ')}`);
      }
      const schemes = options.scheme ? [options.scheme] : TRANSLIT_SCHEMES;
      const out = Object.fromEntries(schemes.map((s) => [s, transliterate(input, s)]));
      if (options.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      else if (options.scheme) process.stdout.write(`${out[options.scheme]}\n`);
      else {
        const width = Math.max(...schemes.map((s) => s.length));
        for (const s of schemes) process.stdout.write(`${s.padEnd(width)}  ${out[s]}\n`);
      }
    });

  names
    .command('keys')
    .description('every form and key a name yields: normal form, romanisations, Daitch–Mokotoff codes, surname base, given-name group')
    .argument('<text...>', 'one name (a surname or a given name), e.g. Ежова')
    .option('--json', 'print as JSON')
    .action((text: string[], options: { json?: boolean }) => {
      const keys = nameKeys(text.join(' '));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
        return;
      }
      const lines = [
        ['normalized', keys.normalized],
        ['latin forms', keys.latinForms.join(', ')],
        ['Daitch–Mokotoff', keys.daitchMokotoff.join(' ')],
        ['surname base', keys.surnameBase],
        ['surname keys', keys.surnameKeys.join(' ')],
        ['given-name group', keys.givenNameGroup ?? '(not in the table)'],
        ['given-name keys', keys.givenNameKeys.join(' ')],
      ];
      if (keys.patronymicOf) lines.push(["patronymic of", keys.patronymicOf]);
      for (const [label, value] of lines) process.stdout.write(`${label!.padEnd(17)} ${value}\n`);
    });

  names
    .command('compare')
    .description('how alike two full names are, part by part, with the reason for each score')
    .argument('<a>', 'first name, surname first: "Ежова Мария Ивановна" or "Ежов, Н. И."')
    .argument('<b>', 'second name, the same way: "Jeschowa Marija Iwanowna"')
    .option('--given-first', 'names are written given name first ("Nikolai Yezhov")')
    .option('--json', 'print as JSON')
    .action((a: string, b: string, options: { givenFirst?: boolean; json?: boolean }) => {
      const parse = { givenFirst: options.givenFirst === true };
      const pa = parsePersonName(a, parse);
      const pb = parsePersonName(b, parse);
      const result = compareNames(pa, pb);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ a: pa, b: pb, ...result }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`score ${result.score.toFixed(3)}\n`);
      for (const p of result.parts) {
        process.stdout.write(`  ${p.field.padEnd(10)} ${p.score.toFixed(2)}  ${pa[p.field]} ~ ${pb[p.field]}: ${p.how}\n`);
      }
      if (result.parts.length === 0) process.stdout.write('  (the two names share no part to compare)\n');
    });
}
