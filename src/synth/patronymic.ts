/**
 * Russian patronymics from a father's given name (Николай → Николаевич / Николаевна), as
 * Soviet records gave them to everyone, Poles, Germans and Latvians included.
 */

/** Names whose patronymic does not follow the rules below. */
const IRREGULAR: Readonly<Record<string, readonly [male: string, female: string]>> = {
  Илья: ['Ильич', 'Ильинична'],
  Кузьма: ['Кузьмич', 'Кузьминична'],
  Фома: ['Фомич', 'Фоминична'],
  Лука: ['Лукич', 'Лукинична'],
  Никита: ['Никитич', 'Никитична'],
  Яков: ['Яковлевич', 'Яковлевна'],
  Павел: ['Павлович', 'Павловна'],
  Лев: ['Львович', 'Львовна'],
  Пётр: ['Петрович', 'Петровна'],
  Петр: ['Петрович', 'Петровна'],
};

export function patronymicOf(fatherGiven: string, sex: 'M' | 'F'): string {
  const irregular = IRREGULAR[fatherGiven];
  if (irregular) return sex === 'M' ? irregular[0] : irregular[1];
  const [male, female] = suffixes(fatherGiven);
  return sex === 'M' ? male : female;
}

function suffixes(name: string): [string, string] {
  const stem = name.slice(0, -1);
  const last = name.at(-1) ?? '';
  if (name.endsWith('ий')) return [`${name.slice(0, -2)}ьевич`, `${name.slice(0, -2)}ьевна`];
  if (last === 'й' || last === 'ь') return [`${stem}евич`, `${stem}евна`];
  if (last === 'а' || last === 'я') return [`${stem}ич`, `${stem}ична`];
  if (last === 'о' || last === 'е' || last === 'и' || last === 'у') return [`${name}вич`, `${name}вна`];
  return [`${name}ович`, `${name}овна`];
}
