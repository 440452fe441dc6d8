/**
 * Hand-made name lists for groups the fake-data library lacks or covers with modern names.
 * Common names of people born 1870–1915, in the form a Russian-language record writes them
 * (Cyrillic) or in their own spelling (Latin), first the most frequent.
 */

/** The commonest Russian surnames, commonest first (the head of the Zipf law in surname-models.ts). */
export const RUSSIAN_COMMON_SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков',
  'Федоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семенов', 'Егоров', 'Павлов', 'Козлов',
  'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьев',
  'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьев', 'Сергеев', 'Кузьмин', 'Фролов',
  'Александров', 'Дмитриев', 'Королев', 'Гусев', 'Киселев', 'Ильин', 'Максимов', 'Поляков',
  'Сорокин', 'Виноградов', 'Ковалев', 'Белов', 'Медведев', 'Антонов', 'Тарасов', 'Жуков', 'Баранов',
  'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Герасимов', 'Богданов', 'Осипов', 'Сидоров', 'Матвеев',
  'Титов', 'Марков', 'Миронов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников', 'Денисов',
  'Гаврилов', 'Тихонов', 'Казаков', 'Афанасьев', 'Данилов', 'Савельев', 'Тимофеев', 'Фомин', 'Чернов',
]

export const JEWISH_SURNAMES = [
  'Кац', 'Коган', 'Рабинович', 'Шапиро', 'Гольдберг', 'Фридман', 'Левин', 'Эпштейн', 'Хайкин',
  'Гуревич', 'Лившиц', 'Каплан', 'Зильберман', 'Розенберг', 'Гринберг', 'Вайнштейн', 'Фельдман',
  'Шмулевич', 'Гинзбург', 'Беркович', 'Айзенберг', 'Бродский', 'Ротштейн', 'Мееров', 'Якубович',
  'Финкельштейн', 'Циммерман', 'Перельман', 'Шульман', 'Зельцер', 'Лурье', 'Маргулис', 'Литвак',
  'Розенфельд', 'Блюмкин', 'Гельфанд', 'Ландау', 'Брук', 'Фрумкин', 'Хазан',
];
export const JEWISH_MALE = [
  'Абрам', 'Моисей', 'Исаак', 'Яков', 'Давид', 'Самуил', 'Лазарь', 'Соломон', 'Григорий', 'Борис',
  'Иосиф', 'Меер', 'Хаим', 'Арон', 'Лев', 'Наум', 'Марк', 'Зиновий', 'Михаил', 'Эммануил',
];
export const JEWISH_FEMALE = ['Сара', 'Рахиль', 'Эсфирь', 'Роза', 'Фаина', 'Двойра', 'Хая', 'Ревекка', 'Мария', 'Берта'];

export const BELARUSIAN_SURNAMES = [
  'Ковалевич', 'Лукашевич', 'Мартинкевич', 'Жук', 'Шевчик', 'Кравчук', 'Романович', 'Грицкевич',
  'Новик', 'Мицкевич', 'Бобрик', 'Савицкий', 'Козловский', 'Ярошевич', 'Дубовик', 'Климович',
  'Пашкевич', 'Гурин', 'Сенкевич', 'Станкевич', 'Радкевич', 'Кушнер', 'Трус', 'Лапко', 'Гайдук',
  'Шпак', 'Мороз', 'Прокопович', 'Жданович', 'Адамович', 'Василевич', 'Зенькович', 'Рыбак',
];

export const RUSSIAN_COMMON_MALE = [
  'Иван', 'Василий', 'Николай', 'Михаил', 'Петр', 'Алексей', 'Федор', 'Григорий', 'Александр',
  'Степан', 'Павел', 'Андрей', 'Сергей', 'Яков', 'Дмитрий', 'Егор', 'Семен', 'Тимофей', 'Илья',
  'Никита', 'Кузьма', 'Максим', 'Филипп', 'Прокофий', 'Константин', 'Матвей', 'Афанасий',
];
export const RUSSIAN_COMMON_FEMALE = [
  'Мария', 'Анна', 'Прасковья', 'Евдокия', 'Екатерина', 'Ольга', 'Александра', 'Елена', 'Татьяна',
  'Наталья', 'Пелагея', 'Анастасия', 'Ксения', 'Варвара', 'Агафья', 'Матрена',
];

export const POLISH_COMMON_MALE = [
  'Jan', 'Józef', 'Stanisław', 'Antoni', 'Franciszek', 'Władysław', 'Kazimierz', 'Wincenty',
  'Piotr', 'Adam', 'Michał', 'Marian', 'Bolesław', 'Tadeusz', 'Ignacy', 'Feliks', 'Wacław', 'Józef',
];
export const POLISH_COMMON_FEMALE = ['Maria', 'Anna', 'Janina', 'Helena', 'Stanisława', 'Zofia', 'Józefa', 'Marianna', 'Jadwiga'];

export const GERMAN_SURNAMES = [
  'Schmidt', 'Müller', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz',
  'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Schulze', 'Köhler',
  'Herrmann', 'König', 'Walter', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Jung',
  'Hahn', 'Schubert', 'Vogel', 'Friedrich', 'Keller', 'Frank', 'Berger', 'Roth', 'Beck', 'Lorenz',
  'Baumann', 'Albrecht', 'Dietz', 'Reusch', 'Kuhn', 'Giesbrecht', 'Janzen', 'Penner', 'Friesen',
  'Dyck', 'Wiens', 'Enns', 'Bauer', 'Eckert', 'Gerber', 'Heinz', 'Kessler', 'Stumpf', 'Weigel',
];
export const GERMAN_MALE = [
  'Johann', 'Heinrich', 'Friedrich', 'Jakob', 'Peter', 'Georg', 'Karl', 'Wilhelm', 'Adam', 'David',
  'Andreas', 'Philipp', 'Konrad', 'Alexander', 'Emil', 'Gottlieb', 'Christian', 'August', 'Franz',
  'Reinhold', 'Otto', 'Ludwig', 'Eduard', 'Gustav',
];
export const GERMAN_FEMALE = [
  'Maria', 'Katharina', 'Elisabeth', 'Anna', 'Margarethe', 'Amalia', 'Emilie', 'Eva', 'Christina',
  'Sophia', 'Lydia', 'Frieda', 'Martha',
];

export const KOREAN_SURNAMES = ['Ким', 'Пак', 'Ли', 'Цой', 'Хан', 'Тен', 'Шин', 'Югай', 'Хегай', 'Огай', 'Пак', 'Ким', 'Ким', 'Лим', 'Нам', 'Тян', 'Мун', 'Хван'];

export const LATVIAN_COMMON_MALE = ['Jānis', 'Pēteris', 'Kārlis', 'Andrejs', 'Jēkabs', 'Augusts', 'Eduards', 'Fricis', 'Juris', 'Ernests', 'Roberts', 'Arvīds'];

export const FINNISH_COMMON_MALE = ['Juho', 'Matti', 'Johan', 'Antti', 'Heikki', 'Kalle', 'Eino', 'Toivo', 'Väinö', 'Oskari', 'Aleksanteri', 'Emil'];
