import type { Dictionary } from '../dictionary.ts';
import type { FieldText } from '../en/downloads.ts';

const TEXT = 'текст';
const SOURCE = 'id источника';
const SLUG = 'ASCII-слаг';
const COUNTRY = 'ISO 3166-1 alpha-2';
const DEGREES = 'десятичные градусы, WGS 84';
/** A list: a JSON array in GeoJSON, items joined with «; » in CSV. */
const list = (of: string) => ({ geojson: `список: ${of}`, csv: `${of} через «; »` });
const SOURCES = list('id источников (см. /sources/)');
const ALIASES = { geojson: 'список {name, script, lang, source, note}', csv: 'name (script) через «; »' };
const field = (meaning: string, unit: FieldText['unit']): FieldText => ({ meaning, unit });
const side = (kazakh: boolean) => (kazakh ? 'казахстанской' : 'соседней');
const checkpointSide = (kazakh: boolean): Record<string, FieldText> => {
  const key = kazakh ? 'kazakh' : 'neighbour';
  return {
    [`${key}Name`]: field(`Название пункта пропуска на ${side(kazakh)} стороне в написании атласа.`, TEXT),
    [`${key}Aliases`]: field(`Другие написания и графики названия на ${side(kazakh)} стороне, каждое со своим источником.`, ALIASES),
    [`${key}Settlement`]: field(
      `Населённый пункт, в котором находится пункт пропуска на ${side(kazakh)} стороне или по которому он назван (id из settlements), если он есть в атласе.`,
      'id населённого пункта',
    ),
    [`${key}Region`]: field(`Регион первого уровня, где находится пункт пропуска на ${side(kazakh)} стороне (id из regions), если известен.`, 'id региона'),
  };
};
const COORDINATE_NOTE = field('Как точка найдена или проверена.', TEXT);
const NOTE = field('Примечание редакторов к записи.', TEXT);

export const downloads: Dictionary['downloads'] = {
  title: 'Открытые данные',
  description:
    'Открытые данные Атласа границ Казахстана: пункты пропуска, населённые пункты, линии границ и регионы в GeoJSON и CSV, а также JSON Schema для каждого набора данных.',
  leadAsOf: 'Данные, на которых построены все страницы атласа; собираются из тех же проверенных наборов данных при сборке сайта. Данные на',
  leadSources: 'Каждая запись ссылается на свои источники по id; перечень id — на странице',
  sourcesPage: 'источников',
  page: '.',
  about: {
    crossings: {
      title: 'Пункты пропуска',
      text: 'Все пункты пропуска (пара пунктов, казахстанский первым) на границах Казахстана: названия с обеих сторон, виды сообщения, ограничения, статус и происхождение координат.',
      noun: { one: 'пункт пропуска', few: 'пункта пропуска', many: 'пунктов пропуска', other: 'пункта пропуска' },
    },
    settlements: {
      title: 'Населённые пункты',
      text: 'Города, сёла и станции, которые источники называют у границ, а также места, по которым названы пункты пропуска.',
      noun: { one: 'населённый пункт', few: 'населённых пункта', many: 'населённых пунктов', other: 'населённого пункта' },
    },
    borders: {
      title: 'Линии границ',
      text: 'Сухопутные границы Казахстана в виде линий Natural Earth 1:10m (упрощённых, с запада на восток) с протяжённостью по источникам рядом с измеренной.',
      noun: { one: 'граница', few: 'границы', many: 'границ', other: 'границы' },
    },
    regions: {
      title: 'Приграничные регионы',
      text: 'Регионы первого уровня вдоль границ по обе стороны, для которых в Natural Earth есть полигон, с долей каждой границы, проходящей по ним.',
      noun: { one: 'регион', few: 'региона', many: 'регионов', other: 'региона' },
    },
  },
  withoutPolygon: (names) =>
    ` ${new Intl.ListFormat('ru-RU', { type: 'conjunction' }).format(names)} образованы позже данных Natural Earth, полигона не имеют и в файл не вошли.`,
  fields: {
    crossings: {
      id: field('id пункта пропуска: названия обеих сторон, казахстанская первой. Также id объекта GeoJSON.', SLUG),
      border: field('Граница, на которой находится пункт пропуска.', 'id границы (kazakhstan-<сосед>)'),
      neighbourCountry: field('Соседняя страна.', COUNTRY),
      ...checkpointSide(true),
      ...checkpointSide(false),
      modes: field('Виды сообщения.', list('виды: road, rail, pedestrian, hiking')),
      restrictions: field(
        'Кто и когда может пересечь границу; пусто, если источники ограничений не называют.',
        list('locals-only, summer-only, bilateral, daytime-only'),
      ),
      operatingMode: field('Режим работы в изложении источника.', TEXT),
      operatingModeSource: field('Источник operatingMode.', SOURCE),
      classification: field('Классификация по источнику (многосторонний, двусторонний; грузовой, пассажирский).', TEXT),
      classificationSource: field('Источник classification.', SOURCE),
      location: field('Где стоит пункт пропуска, словами источника.', TEXT),
      status: field('Статус по последнему сведению (все сведения — в statusHistory в GeoJSON).', 'open, restricted, seasonal, closed или listed'),
      statusAsOf: field('Дата последнего сведения.', 'дата: YYYY, YYYY-MM или YYYY-MM-DD'),
      statusSource: field('Источник последнего сведения.', SOURCE),
      statusHistory: field(
        'Все сведения о статусе, от новых к старым (источники могут расходиться; сведения одного дня приводятся рядом).',
        'список {date, value, whoMayCross, hours, summary, source}; null, если сведение такой подробности не даёт',
      ),
      lon: field('Долгота точки (в GeoJSON — геометрия Point).', DEGREES),
      lat: field('Широта точки (в GeoJSON — геометрия Point).', DEGREES),
      coordinateSource: field('Откуда взята координата.', SOURCE),
      coordinatePrecision: field(
        'Что обозначает точка: сам пункт пропуска, центр населённого пункта или примерное место в пределах нескольких километров.',
        'crossing, settlement или approximate',
      ),
      coordinateNote: COORDINATE_NOTE,
      note: NOTE,
      sources: field('Источники записи в целом.', SOURCES),
      url: field('Страница пункта пропуска в атласе.', 'URL'),
    },
    settlements: {
      id: field('id населённого пункта: английское название, при совпадении названий — со страной. Также id объекта GeoJSON.', SLUG),
      name: field('Английское название в написании атласа.', TEXT),
      aliases: field('Другие написания, графики и прежние названия, каждое со своим источником.', ALIASES),
      country: field('Страна, в которой он находится.', COUNTRY),
      region: field('Регион первого уровня (id из regions), если этот регион есть в атласе.', 'id региона'),
      kind: field('Размер населённого пункта.', 'city, town, village или station'),
      role: field(
        'Почему он в атласе: источник называет его у границы, по нему назван пункт пропуска или он нужен для другого факта.',
        'listed, checkpoint или reference',
      ),
      borders: field('Границы, у которых его называет источник.', list('id границ')),
      lon: field('Долгота (в GeoJSON — геометрия Point).', DEGREES),
      lat: field('Широта (в GeoJSON — геометрия Point).', DEGREES),
      coordinateSource: field('Откуда взята координата (geonames — справочник GeoNames, CC BY 4.0).', SOURCE),
      coordinatePrecision: field(
        'Что обозначает точка: центр населённого пункта или примерное место в пределах нескольких километров.',
        'crossing, settlement или approximate',
      ),
      coordinateNote: COORDINATE_NOTE,
      note: NOTE,
      sources: field('Источники, которые называют это место.', SOURCES),
      url: field('Где место показано в атласе: строка на странице границы или страница названного по нему пункта пропуска; null, если нигде.', 'URL'),
    },
    borders: {
      id: field('id границы. Также id объекта GeoJSON.', 'kazakhstan-<сосед>'),
      name: field('Отображаемое название, Казахстан первым.', TEXT),
      neighbour: field('Соседняя страна.', COUNTRY),
      neighbourName: field('Краткое английское название соседней страны.', TEXT),
      officialLengthKm: field(
        'Протяжённость по источникам, по одному значению на источник (источники могут расходиться); пусто, если ни один её не даёт.',
        'список {km, source}; км',
      ),
      measuredLengthKm: field(
        'Геодезическая длина неупрощённой линии Natural Earth 1:10m. Она короче официальной: карта сглаживает извилины рек и хребтов.',
        'км, 1 знак после запятой',
      ),
      geometryLengthKm: field('Длина упрощённой линии в этом файле.', 'км, 1 знак после запятой'),
      establishedYear: field('Когда линия впервые проведена так, как проходит сейчас.', 'год'),
      establishedReason: field('Почему — словами редакторов.', TEXT),
      establishedSource: field('Источник establishedYear и establishedReason.', SOURCE),
      currentYear: field('Когда она стала нынешней границей (международной).', 'год'),
      currentReason: field('Почему — словами редакторов.', TEXT),
      currentSource: field('Источник currentYear и currentReason.', SOURCE),
      crossings: field('Число пунктов пропуска на ней в атласе.', 'число'),
      coverage: field(
        'Что о ней есть в атласе: полная статья, пункты пропуска с геометрией или только геометрия.',
        'article, checkpoints-only или geometry-only',
      ),
      sources: field('Источники по границе в целом.', SOURCES),
      url: field('Страница границы в атласе; null, если её нет.', 'URL'),
    },
    regions: {
      id: field('id региона: код страны и название. Также id объекта GeoJSON.', SLUG),
      iso3166_2: field('Код ISO 3166-2, как в Natural Earth admin-1; по нему запись связана со своим полигоном.', 'ISO 3166-2'),
      country: field('Страна, к которой он относится.', COUNTRY),
      name: field('Английское название в написании атласа.', TEXT),
      aliases: field('Названия на местном языке, кириллицей и прежние, каждое со своим источником.', ALIASES),
      kind: field('Тип административной единицы.', 'oblys, oblast, krai или republic'),
      borders: field('Границы, на которых регион называют источники.', list('id границ')),
      borderShare: field(
        'Для каждой границы, которой касается полигон: километры линии Natural Earth 1:10m в пределах 2 км от региона и их доля в измеренной линии в процентах (доли одной стороны в сумме дают примерно 100 %).',
        'список {border, km, percent}; км и проценты с 1 знаком после запятой',
      ),
      note: field('Объясняет расхождения между перечнем источников и геометрией.', TEXT),
      sources: field('Источники записи.', SOURCES),
      url: field('Строка региона на странице границы; null, если ни у одной из его границ нет страницы.', 'URL'),
    },
  },
  licencesHeading: 'Лицензии и указание авторства',
  compilation:
    'Собственная компиляция атласа (записи, id, названия и варианты в написании атласа, классификации, примечания редакторов) распространяется по лицензии',
  factsFrom: '. Факты взяты из источников, на которые ссылается каждая запись.',
  geonamesCoordinates: ['Координаты, у которых', 'равно', ', взяты из'],
  naturalEarthGeometry: 'Линии границ и полигоны регионов взяты из',
  schemasLicence: ['JSON Schema генерируются из исходного кода атласа и распространяются по лицензии', '.'],
  suggestedCredit: 'Рекомендуемая подпись:',
  credit: (site, licence) => `${site} (${licence}), координаты — GeoNames (CC BY 4.0), геометрия — Natural Earth (общественное достояние).`,
  geojsonIntro: [
    'FeatureCollection: долгота и широта WGS 84, без члена',
    ', не более 6 знаков после запятой, внешние контуры полигонов против часовой стрелки. Поле',
    'объекта — это id записи; по одному объекту на строку.',
  ],
  csvIntro: [
    ': UTF-8, разделитель — запятая, строка заголовков, по строке на запись, концы строк CRLF; поля с запятыми, кавычками или переносами строк — в двойных кавычках. Элементы списков разделены',
    ', варианты названий записаны как',
    '(в GeoJSON у каждого варианта есть также язык и источник). Столбцы называются так же и содержат то же, что свойства GeoJSON; точка записана в столбцах',
    'и',
  ],
  byteUnits: { bytes: 'байт', kb: 'КБ', mb: 'МБ' },
  size: 'Размер',
  bytes: (size, bytes) => `${size} (${bytes} байт)`,
  rows: 'Строк',
  features: 'Объектов',
  asOf: 'Данные на',
  type: 'Тип',
  licence: 'Лицензия:',
  licenceFor: '—',
  from: ', источник:',
  covers: (covers) => {
    if (covers.startsWith('the compilation:'))
      return 'компиляция: записи, id, названия и их варианты, классификации и примечания редакторов (каждая запись ссылается на свои источники)';
    if (covers === 'the geometry') return 'геометрия';
    if (covers.startsWith('the schema')) return 'схема (генерируется из исходного кода атласа)';
    const coordinates = /^the coordinates of the (\d+) records whose coordinateSource is “([^”]+)”$/.exec(covers);
    if (coordinates) return `координаты ${coordinates[1]} записей, у которых coordinateSource — «${coordinates[2]}»`;
    throw new Error(`src/i18n/ru/downloads.ts: no Russian wording for what a licence covers: "${covers}" (src/site/downloads/catalogue.ts)`);
  },
  fieldGuide: (count, csv) => {
    const form = new Intl.PluralRules('ru-RU').select(count);
    const word = csv ? { one: 'столбец', few: 'столбца', many: 'столбцов' } : { one: 'свойство', few: 'свойства', many: 'свойств' };
    return `Описание полей: ${count} ${word[form as 'one' | 'few' | 'many'] ?? word.many}`;
  },
  fieldGuideLabel: (file) => `Описание полей ${file}`,
  field: 'Поле',
  meaning: 'Значение',
  unitOrValues: 'Единица или значения',
  schemaIntro: [
    'Для каждого набора данных — своя',
    ', сгенерированная из схем проверки атласа. Каждая описывает файл набора данных в том виде, в каком он записан (поля со значением по умолчанию можно опускать): списочный набор — массив записей, документный — один объект. Схемы задают тип, шаблон и допустимые значения каждого поля; значения полей и единицы описаны выше. Лицензия:',
    '; данные на',
  ],
  schemasLabel: 'Схемы JSON',
  schemasCaption: (count, f) => `${f.count(count, { one: 'схема', few: 'схемы', many: 'схем', other: 'схемы' })} (записи: сколько их в файле набора данных)`,
  schema: 'Схема',
  records: 'Записей',
};
