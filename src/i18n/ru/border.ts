import type { Dictionary } from '../dictionary.ts';

/** Countries named after «в» (предложный падеж). */
const LOCATIVE: Record<string, string> = { RU: 'России', KG: 'Кыргызстане', CN: 'Китае', UZ: 'Узбекистане', TM: 'Туркменистане', KZ: 'Казахстане' };

/** Countries named after «с» (творительный падеж). */
const INSTRUMENTAL: Record<string, string> = { RU: 'Россией', KG: 'Кыргызстаном', CN: 'Китаем', UZ: 'Узбекистаном', TM: 'Туркменистаном', KZ: 'Казахстаном' };

const cases = (n: number, one: string, few: string, many: string): string => {
  const r = new Intl.PluralRules('ru-RU').select(n);
  return r === 'one' ? one : r === 'few' ? few : many;
};

export const border: Dictionary['border'] = {
  crumbBorders: 'Границы',
  mapLabel: (name) => `Карта границы ${name}: регионы, населённые пункты и пункты пропуска`,
  staticMapLabel: (name) => `Статическая карта границы ${name}: регионы, населённые пункты и пронумерованные пункты пропуска`,
  infobox: {
    title: (name) => `Граница ${name}`,
    countries: 'Страны',
    lengthOfficial: 'Протяжённость (официальная)',
    lengthSourcesDiffer: 'Протяжённость (источники расходятся)',
    compared: 'сравнение',
    lengthMeasured: 'Протяжённость (измеренная)',
    measuredOn: (km) => `${km} по Natural Earth 1:10m`,
    whyItDiffers: 'почему она иная',
    established: 'Установлена',
    currentSince: 'В нынешнем статусе с',
    tripoints: 'Стыки трёх границ',
    crossings: 'Пункты пропуска',
    regionsOnLine: 'Регионы на линии',
    inKazakhstan: 'в Казахстане',
    inCountry: (country, code) => `в ${LOCATIVE[code] ?? country}`,
  },
  end: { west: 'западный', east: 'восточный', north: 'северный', south: 'южный' },
  fact: {
    lengthOr: (km) => `или ${km}`,
    about: (km) => `около ${km}`,
  },
  regionCountPhrase: (total, listed, label, reforms, f) =>
    reforms.length === 0
      ? `${f.number(listed)} ${label}`
      : `${f.number(total)} ${label} (${f.number(listed)} до ${cases(reforms.length, 'реформы', 'реформ', 'реформ')} ${f.list(reforms.map(String))} г.)`,
  regionCountText: (total, listed, reforms, f) =>
    reforms.length === 0 ? f.number(listed) : `${f.number(listed)} (${f.number(total)} с ${f.list(reforms.map(String))} г.)`,
  features: {
    tripoints: 'Стыки трёх границ',
    tripoint: (end, country, code) => `${end} конец: стык с ${INSTRUMENTAL[code] ?? country}`,
    naturalFeatures: 'Природные объекты',
    relation: { follows: 'идёт по', crosses: 'пересекает', 'starts-at': 'начинается у', 'runs-through': 'проходит через', 'passes-near': 'проходит рядом с' },
    kind: {
      river: 'река',
      lake: 'озеро',
      mountains: 'горы',
      sea: 'море',
      steppe: 'степь',
      valley: 'долина',
      desert: 'пустыня',
      plateau: 'плато',
    },
    line: (relation, name, kind) => `Граница ${relation}: ${name}${name.toLowerCase().includes(kind) ? '' : ` (${kind})`}`,
  },
  regions: {
    heading: 'Регионы вдоль границы',
    intro:
      'Регионы первого уровня по обе стороны и длина участка границы вдоль каждого из них, измеренная по геометрии Natural Earth масштаба 1:10m. Доля региона учитывает линию в пределах 2 км от его контура, поэтому доли одной стороны в сумме дают примерно, а не ровно 100 %.',
    sideLabel: (country) => `Регионы на стороне страны ${country}`,
    regionWord: (count) => cases(count, 'регион', 'региона', 'регионов'),
    region: 'Регион',
    kind: 'Тип',
    borderLength: 'Длина границы',
    share: 'Доля',
    notAvailable: 'н/д',
    kinds: {
      oblys: 'область',
      oblast: 'область',
      krai: 'край',
      republic: 'республика',
      viloyat: 'вилоят',
      welayat: 'велаят',
      'autonomous-region': 'автономный район',
    },
  },
  settlements: {
    heading: 'Населённые пункты у границы',
    intro: 'Города и сёла, которые источники называют рядом с линией, с запада на восток, и их расстояние до неё, измеренное по линии Natural Earth.',
    fromLine: (km) => `${km} до линии`,
  },
  measured: {
    heading: 'Официальная и измеренная протяжённость',
    disagree: 'Источники расходятся в протяжённости. Каждое значение приведено со своим источником:',
    caption: 'Протяжённость границы по разным источникам',
    length: 'Протяжённость',
    source: 'Источник',
    note: 'Примечание',
    sourcesGive: (count) => (count > 1 ? '— такие значения протяжённости дают источники' : '— такую протяжённость указывает источник'),
    measuredBefore: 'По линии, которую рисует атлас (границы Natural Earth масштаба 1:10m)',
    measuredAfter: (km, percent, several) => `, получается ${km}, то есть на ${percent} меньше${several ? ', чем по первому из них' : ''}.`,
    why: 'Расхождение объясняется масштабом, а не спором о том, где проходит граница. Линия, обобщённая для карт масштаба 1:10 000 000, сохраняет общий ход границы, но сглаживает мелкие изгибы, речные меандры и зигзаги, которые съёмка прослеживает метр за метром, и каждый сглаженный изгиб её укорачивает. Длина, измеренная по карте, всегда растёт с подробностью, поэтому ссылаться следует на официальную цифру, а измеренная линия служит для положений, расстояний и долей.',
    noOfficialBefore: 'Источники не приводят официальной протяжённости. По границам Natural Earth масштаба 1:10m',
    noOfficialAfter: (km) => ` длина линии составляет ${km}; по данным съёмки она была бы больше, поскольку обобщённые линии сглаживают мелкие изгибы.`,
  },
  distances: {
    heading: 'Насколько близко подходит граница: расстояния из источника, пересчитанные',
    intro:
      'Источник приводит расстояния от этих городов до границы. Атлас измеряет те же расстояния от координат каждого города до ближайшей точки линии Natural Earth. Центр города, городская черта и обобщённая линия дают разные ответы, поэтому цифры должны совпадать по порядку величины, а не до километра.',
    label: 'Расстояния до городов',
    city: 'Город',
    side: 'Сторона',
    sourceSays: 'По источнику',
    atlasMeasures: 'По измерению атласа',
    neither: 'ни одна',
    direction: { north: 'к северу', south: 'к югу', east: 'к востоку', west: 'к западу' },
    sideText: (side, direction) => `${side} (${direction} от линии)`,
  },
};
