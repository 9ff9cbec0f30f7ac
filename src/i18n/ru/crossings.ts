import type { Dictionary } from '../dictionary.ts';
import { formatsFor, type Formats, type PluralForms } from '../format.ts';

type Crossings = Dictionary['crossings'];

const mode: Crossings['mode'] = { road: 'автомобильный', rail: 'железнодорожный', pedestrian: 'пешеходный', hiking: 'пеший туристский' };

const restriction: Crossings['restriction'] = {
  'locals-only': 'только для жителей приграничья',
  'summer-only': 'только летом',
  bilateral: 'двусторонний',
  'daytime-only': 'только днём',
};

const status: Crossings['status'] = { open: 'Открыт', restricted: 'Ограничен', seasonal: 'Сезонный', closed: 'Закрыт', listed: 'В перечне' };

const YEARS: PluralForms = { one: 'год', few: 'года', many: 'лет', other: 'года' };
/** After «старше», «не менее»: 1 года, 3 лет, 5 лет. */
const YEARS_GENITIVE: PluralForms = { one: 'года', few: 'лет', many: 'лет', other: 'года' };
const CROSSINGS: PluralForms = { one: 'пункт пропуска', few: 'пункта пропуска', many: 'пунктов пропуска', other: 'пункта пропуска' };

const ru = formatsFor('ru');
const pluralRu = (n: number, forms: PluralForms): string => ru.plural(n, forms);
const pluralCount = (n: number, forms: PluralForms): string => ru.count(n, forms);
const formatsForYears = (n: number): string => ru.count(n, YEARS);
const formatsForYearsGenitive = (n: number): string => ru.count(n, YEARS_GENITIVE);

/** A partial date that reads after a colon or «на»: `май 2024 г.`, `2019 г.`. */
const when = (date: string, f: Formats): string => (date.length === 4 ? `${date}\u00a0г.` : f.date(date));
/** A formatted date that is a bare year gets its `г.`: `2021` → `2021 г.`. */
const year = (formatted: string): string => (/^\d{4}$/.test(formatted) ? `${formatted}\u00a0г.` : formatted);

const phrase: Crossings['phrase'] = {
  open: (date, f) => `Открыт — последнее подтверждение: ${when(date, f)}`,
  listed: (date, f) => `Указан в источнике (${when(date, f)}); работает ли, не сообщается`,
  other: (label, date, f) => `${label} — по состоянию на ${when(date, f)}`,
  short: (label, date, f) => `${label}, ${when(date, f)}`,
  flag: (age, f) => `давность ${f.count(age, YEARS)}`,
  staleNotice: (age, date, limit, neighbour, f) =>
    `Самым новым сведениям в атласе не менее ${f.count(age, YEARS_GENITIVE)} (${when(date, f)}); ` +
    `сведения старше ${f.count(limit, YEARS_GENITIVE)} могут быть неактуальны. ` +
    `Перед поездкой уточните, как сейчас работает пункт пропуска, у пограничных служб Казахстана или сопредельной стороны (${neighbour}).`,
  dateFromText: ' (дата по тексту)',
  whoMayCross: 'Кто может пересечь:',
  hours: 'Часы работы:',
};

const statusBlock: Crossings['statusBlock'] = {
  allReadings: (n) => `Все записи (${n})`,
  checkBeforeTravelling: 'Уточните перед поездкой.',
  historyHeading: 'История статуса',
  historyLabel: 'Записи о статусе, сначала новые',
  date: 'Дата',
  status: 'Статус',
  reported: 'Что сообщает источник',
  old: 'устарело',
  noteBefore: 'Сначала новые. Запись помечена словом',
  noteAfter: (limit) => `, если на день сборки страницы ей ${formatsForYears(limit)} или больше; сведения разных источников могут расходиться.`,
  offPaper: (n) =>
    `Ещё ${n} ${pluralRu(n, { one: 'более ранняя запись', few: 'более ранние записи', many: 'более ранних записей', other: 'более ранней записи' })} — на странице в интернете.`,
};

const aboutData: Crossings['aboutData'] = {
  title: 'Об этих данных',
  notes: (n) => `(${n} ${pluralRu(n, { one: 'примечание', few: 'примечания', many: 'примечаний', other: 'примечания' })} редакции)`,
};
const printSheet = 'Распечатать справку';

const table: Crossings['table'] = {
  number: '№',
  kazakhSide: 'Казахстан',
  neighbourSide: (country) => country,
  modes: 'Вид',
  restrictionsStatus: 'Ограничения; статус',
  restrictions: 'Ограничения',
  fromWestEnd: 'От запада',
  map: 'Карта',
  noneStated: 'не указаны',
  via: 'маршрут:',
  showOnMap: 'На карте',
  showOnMapLabel: (name) => `Показать на карте: ${name}`,
};

const section: Crossings['section'] = {
  heading: 'Пункты пропуска',
  intro: (n) => `${pluralCount(n, CROSSINGS)}; номера идут с запада на восток по месту, где пункт стоит на линии границы.`,
  meanSpacing: (km) => `В среднем они расположены в ${km} друг от друга вдоль линии. `,
  gap: (km, percent) => `Самый длинный участок без пунктов пропуска — ${km} (${percent} измеренной линии)`,
  between: 'между',
  and: 'и',
  from: 'от',
  toEastEnd: 'до восточного конца линии',
  fromWestEndTo: 'от западного конца линии до',
  wholeLine: 'вдоль всей линии',
  centred: (where) => `, его середина — около ${where}${where.endsWith('.') ? '' : '.'}`,
  directoryBefore: 'У каждого пункта есть своя страница; полный перечень по всем границам — в разделе',
  directoryLink: 'Пункты пропуска',
  tooMany: 'Их слишком много, чтобы перечислить на этой странице. По самой новой записи о статусе:',
  statusCount: (label, n) => `${label.toLowerCase()} — ${n}`,
  staleTail: (stale, total, limit) => `; у ${stale} из ${total} эта запись старше ${formatsForYearsGenitive(limit)}, поэтому перед поездкой их стоит уточнить.`,
  allOnBorder: (total, border) => `Все ${pluralCount(total, CROSSINGS)} на границе ${border}, с запада на восток, в перечне пунктов пропуска`,
  caption: (border) => `Пункты пропуска на границе ${border}, с запада на восток`,
};

const page: Crossings['page'] = {
  title: (label) => `Пункт пропуска ${label}`,
  description: (title, border, modes) =>
    `${title} на границе ${border}: названия по обе стороны, вид сообщения (${modes}), расположение, соседние пункты и источники.`,
  ogAlt: (border) => `Карта границы ${border} и пунктов пропуска на ней`,
  leadBefore: (n, total) => `Пункт пропуска № ${n} из ${total} на`,
  borderLink: (border) => `границе ${border}`,
  leadAfter: ', если считать с запада;',
  mapLabel: (title) => `Карта окрестностей: ${title}`,
  staticMapLabel: (title) => `Статичная карта окрестностей (${title}) с линией границы и ближайшими пунктами пропуска`,
  atAGlance: 'Коротко',
  border: 'Граница',
  modes: 'Вид сообщения',
  restrictions: 'Ограничения',
  noneStated: 'источники не указывают',
  operatingHours: 'Режим работы',
  classification: 'Классификация',
  status: 'Статус',
  coordinates: 'Координаты',
  precision: { crossing: 'место, где дорога пересекает линию', settlement: 'центр населённого пункта', approximate: 'приблизительно' },
  nearApproximate: (place, km) => `около населённого пункта ${place}, погрешность до ${km}`,
  along: 'Вдоль границы',
  alongValue: (position, offset) => `${position} от западного конца; ${offset} от линии`,
  names: 'Названия по обе стороны',
  otherNames: 'Другие названия',
  script: { latin: 'латиница', cyrillic: 'кириллица', chinese: 'китайское письмо' },
  settlement: 'Населённый пункт',
  region: 'Регион',
  district: 'Район',
  location: 'Расположение',
  approximateHeading: 'Приблизительное положение.',
  approximate: (distance, place, country, named, offBy) =>
    `Точного места самого пункта пропуска в атласе нет: точка на картах поставлена на линии границы в ${distance} от населённого пункта ${place} (${country}) — ` +
    `${named ? 'того, в честь которого назван пункт' : 'ближайшего из имеющихся в атласе'}. Сам пункт может находиться в ${offBy} от неё, поэтому на картах точка показана как приблизительная.`,
  listings: 'В других перечнях пунктов пропуска',
  listedAs: 'Указан как',
  listedIn: (region, date, operating) =>
    ` (${region}) в перечне мест пунктов пропуска на ${year(date)}${operating ? `; всего в нём ${operating} действующих пунктов на этой границе` : ''}.`,
  nearby: 'Поблизости',
  west: 'К западу:',
  east: 'К востоку:',
  noneWest: 'нет (самый западный пункт)',
  noneEast: 'нет (самый восточный пункт)',
  alongLine: (km) => `, ${km} вдоль линии`,
  nearestCrossings: 'Ближайшие пункты пропуска',
  nearestSettlements: 'Ближайшие населённые пункты',
  distancesNote: 'Расстояния — по прямой (по дуге большого круга) между координатами атласа; по дорогам они длиннее.',
  seeInTable: (border) => `Строка в таблице пунктов пропуска границы ${border}`,
  seeInDirectory: 'Строка в перечне пунктов пропуска',
  listNote: (name, date) => `${name} (перечень на ${year(date)})`,
};

const directory: Crossings['directory'] = {
  title: 'Пункты пропуска',
  description:
    'Все пункты пропуска на границах Казахстана в одной таблице с сортировкой и фильтрами: названия по обе стороны, виды сообщения, ограничения и карта.',
  lead: (crossings, borders, stale, limit) =>
    `${pluralCount(crossings, CROSSINGS)} на ${borders} границах Казахстана, у каждого — название по обе стороны. Фильтруйте по границе, виду сообщения или ограничению; ` +
    `сортируйте по любому столбцу. Нумерация идёт по границам, внутри каждой — с запада на восток, как на карте. Статус — самая новая запись о нём с датой; у ${pluralCount(stale, { one: 'пункта', few: 'пунктов', many: 'пунктов', other: 'пункта' })} она устарела (ей ${formatsForYears(limit)} и больше) — их стоит уточнить перед поездкой.`,
  changesLink: 'Что изменилось',
  changesAfter: '— все записи, сначала новые.',
  counts: 'Количество',
  mapLabel: 'Карта всех пунктов пропуска на границах Казахстана',
  staticMapLabel: 'Статичная карта границ Казахстана с пронумерованными пунктами пропуска',
  filters: 'Фильтр пунктов пропуска',
  border: 'Граница',
  allBorders: 'Все границы',
  mode: 'Вид сообщения',
  anyMode: 'Любой',
  restriction: 'Ограничение',
  anyRestriction: 'Любое',
  noneStated: 'Не указаны',
  clear: 'Сбросить',
  shown: 'Показано: {shown} из {total}',
  tableLabel: 'Все пункты пропуска',
  caption: 'Все пункты пропуска по границам, с запада на восток',
  columns: {
    border: 'Граница',
    number: '№',
    kazakh: 'Казахстан',
    other: 'Другая сторона',
    modes: 'Вид',
    restrictions: 'Ограничения',
    status: 'Статус (новейший)',
    hoursClass: 'Режим / класс',
  },
  cards: { status: 'Статус', hoursClass: 'Режим, класс' },
  listingHeading: (russian, date) => `Пункты пропуска по ${russian ? 'субъектам Российской Федерации' : 'регионам'}, ${date}`,
  listingSource: 'Источник',
  quote: { open: '«', close: '»' },
  listingText: (border, kazakhSide, operating, regions) =>
    ` перечисляет пункты пропуска границы ${border} по месту на ${kazakhSide ? 'казахстанской' : 'сопредельной'} стороне` +
    `${operating ? `; действующих на ту дату — ${operating}` : ''}${regions ? `, регионов — ${regions}` : ''}.`,
  allMatch: 'Каждая запись соответствует одному из пунктов пропуска выше.',
  someMatch: 'Названия в нём не всегда совпадают с парами выше; каждая запись ниже сопоставлена, где это возможно.',
  listingLabel: (border) => `Записи перечня пунктов пропуска границы ${border}`,
  nameInList: 'Название в перечне',
  region: 'Регион',
  inAtlas: 'Пункт пропуска в атласе',
  noMatch: 'пары нет',
};

const changes: Crossings['changes'] = {
  title: 'Что изменилось',
  titlePaged: (page, pages) => `Что изменилось, страница ${page} из ${pages}`,
  description: (page, pages, feed) =>
    `Датированные записи о статусе всех пунктов пропуска на границах Казахстана и события на границах, сначала новые, у каждой — источник${
      page > 1 ? `: страница ${page} из ${pages}` : feed ? '; есть лента Atom на английском языке' : ''
    }.`,
  lead: (readings, events, limit) =>
    `Записей о статусе пунктов пропуска — ${readings}, событий на границах — ${events}; сначала новые. Каждая ведёт к своему пункту пропуска или границе и ссылается на источник; запись, которой ${formatsForYears(limit)} или больше, помечена словом`,
  old: 'устарело',
  feedBefore: 'Подписаться в программе для чтения лент:',
  feedLink: 'лента Atom',
  feedAfter: ' (лента ведётся только на английском языке).',
  to: '—',
  statusReading: 'Запись о статусе',
  event: 'Событие',
  pagesLabel: 'Страницы списка изменений',
  newer: 'Новее',
  older: 'Старше',
  pageOf: (page, pages) => `Страница ${page} из ${pages}`,
};

export const crossings: Crossings = { mode, restriction, status, phrase, statusBlock, aboutData, printSheet, table, section, page, directory, changes };
