/**
 * Surname families for the cross-script quality figure: each line is one surname in Cyrillic,
 * then spellings of it printed in English, scholarly, Polish, German, French, Latvian and other
 * texts about the terror (names of its victims and perpetrators, all long dead). Spellings as a
 * reader meets them, not generated: the benchmark checks that every pair of a family meets.
 */
export const SURNAME_FAMILIES_VERSION = 1;

export const SURNAME_FAMILIES = `
Ежов | Yezhov Ezhov Ežov Jeżow Jeschow Iejov Ejov
Ягода | Yagoda Jagoda Iagoda
Берия | Beria Beriya Berija Beriia
Троцкий | Trotsky Trotskii Trockij Trocki Trotzki Trotski Trotskiy
Бухарин | Bukharin Bucharin Buharin Boukharine
Зиновьев | Zinoviev Zinovyev Zinov'ev Zinowjew Sinowjew Zinovjev
Каменев | Kamenev Kamieniew Kamenew
Рыков | Rykov Rykow
Тухачевский | Tukhachevsky Tukhachevskii Tuchaczewski Tuchatschewski Toukhatchevski Tuchačevskij
Мандельштам | Mandelstam Mandelshtam Mandel'shtam Mandelsztam Mandelštam Mandelschtam
Мейерхольд | Meyerhold Meierkhol'd Meyerkhold Mejerchold Meierhold
Бабель | Babel Babel'
Пильняк | Pilnyak Pil'niak Pilniak Pilnjak
Вавилов | Vavilov Wawiłow Wawilow
Флоренский | Florensky Florenskii Florenskij Floreński Florenski
Кольцов | Koltsov Kol'tsov Kolcow Kolzow Kol'cov
Якир | Yakir Iakir Jakir
Уборевич | Uborevich Uborewicz Uborewitsch Uborevič
Блюхер | Blyukher Bliukher Blücher Bljucher Blucher
Егоров | Yegorov Egorov Jegorow
Постышев | Postyshev Postyszew Postyschew Postyšev
Косиор | Kosior Kossior
Чубарь | Chubar Czubar Tschubar Čubar'
Эйхе | Eikhe Eiche Ejche Eihe
Рудзутак | Rudzutak Rudzutaks
Менжинский | Menzhinsky Mężyński Menschinski Menzhinskii Menžinskij
Дзержинский | Dzerzhinsky Dzierżyński Dserschinski Dzerzhinskii Dzeržinskij
Ульрих | Ulrikh Ulrich Ul'rikh
Вышинский | Vyshinsky Wyszyński Wyschinski Vyshinskii Vyšinskij
Гумилёв | Gumilyov Gumilev Gumiljow Gumilow Goumilev
Клюев | Klyuev Kliuev Klujew Kljujew
Хармс | Kharms Charms Harms
Шаламов | Shalamov Szałamow Schalamow Šalamov Chalamov
Солженицын | Solzhenitsyn Sołżenicyn Solschenizyn Soljenitsyne Solženicyn
Ахматова | Akhmatova Achmatowa Ahmatova
Кузнецов | Kuznetsov Kuznecov Kuzniecow Kusnezow Kouznetsov
Щербаков | Shcherbakov Ščerbakov Szczerbakow Schtscherbakow Chtcherbakov
Яковлев | Yakovlev Jakowlew Iakovlev Jakovlev
Хрущёв | Khrushchev Chruszczow Chruschtschow Hruščëv Khrouchtchev
Берзин | Berzin Bērziņš Berzins Bersin
Лацис | Latsis Lācis Lacis Lazis
Уншлихт | Unshlikht Unszlicht Unschlicht
Соловьёв | Solovyov Solov'ev Solovjov Sołowjow Solowjow Solovev
Горбачёв | Gorbachev Gorbachyov Gorbačëv Gorbaczow Gorbatschow
Ельцин | Yeltsin El'tsin Elcin Jelcyn Jelzin Eltsine
Ковальская | Kowalska Kovalskaya Kowalskaja Koval'skaia Ковальский Kowalski Kovalsky
Ежова | Yezhova Ezhova Jeżowa Jeschowa
Евдокимов | Yevdokimov Evdokimov Jewdokimow Ievdokimov
Фриновский | Frinovsky Frinowski Frinovskii Frinowskij
Заковский | Zakovsky Zakowski Sakowski Zakovskii
`;

/** The families as arrays of spellings, the Cyrillic one first. */
export function surnameFamilies(): string[][] {
  return SURNAME_FAMILIES.trim()
    .split('\n')
    .map((line) => {
      const [cyrillic, latin] = line.split('|') as [string, string];
      return [cyrillic.trim(), ...latin.trim().split(/\s+/)];
    });
}
