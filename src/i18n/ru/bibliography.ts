import type { Dictionary } from '../dictionary.ts';

/** Licences as data/sources.json states them (in English) and as the Russian edition prints them. */
const LICENCES: Record<string, string> = {
  'All rights reserved by its publisher; cited as a source of facts only, no text reused':
    'Все права у издателя; используется только как источник фактов, текст не заимствуется',
  'CC BY 4.0': 'CC BY 4.0',
  'CC BY-SA 4.0': 'CC BY-SA 4.0',
  'CC BY-SA 4.0 (Wikipedia). Facts restated; attribute Wikipedia contributors.': 'CC BY-SA 4.0 (Википедия). Факты пересказаны; авторы — участники Википедии.',
  'Cited as a source of facts only, no text reused': 'Используется только как источник фактов, текст не заимствуется',
  'Facts only; no text reused': 'Только факты, текст не заимствуется',
  'Official act (not subject to copyright in Kazakhstan)': 'Официальный документ (в Казахстане не охраняется авторским правом)',
  'Public domain (CIA World Factbook, a US government work)': 'Общественное достояние (CIA World Factbook, произведение правительства США)',
  'Public domain (Natural Earth)': 'Общественное достояние (Natural Earth)',
  'Same licence as the atlas': 'Та же лицензия, что у атласа',
  'All rights reserved by its publisher; cited for a place name only, no text reused':
    'Все права принадлежат издателю; источник приведён только ради названия места, текст не заимствован',
  'CC BY-SA 4.0 (Wikipedia text); cited for a place name only, no text reused':
    'CC BY-SA 4.0 (текст Википедии); источник приведён только ради названия места, текст не заимствован',
};

export const bibliography: Dictionary['bibliography'] = {
  title: 'Источники',
  description:
    'Библиография Атласа границ Казахстана: все документы и наборы данных, из которых взяты его факты и карты, с лицензиями и перечнем ссылающихся на них записей.',
  lead: 'Каждый факт в атласе ссылается на один из этих источников. На каждой странице источники нумеруются с [1] в порядке первой ссылки, и каждая ссылка ведёт сюда. Атлас пересказывает факты своими словами; если источники расходятся, приводится каждая версия со своим источником. Для общедоступных документов дана ссылка на экземпляр, который читали редакторы, и дата прочтения.',
  kinds: {
    encyclopedia: 'Энциклопедическая статья',
    'web-page': 'Веб-страница',
    'research-paper': 'Научная работа',
    factbook: 'Справочные данные',
    dataset: 'Набор данных',
    'legal-act': 'Правовой акт',
    editorial: 'Редакционный материал',
  },
  published: 'опубликовано',
  dataFor: (period) => ` · данные за ${period}`,
  npmPackage: 'npm-пакет',
  licence: (licence) => {
    const ru = LICENCES[licence];
    if (ru === undefined) throw new Error(`src/i18n/ru/bibliography.ts: no Russian wording for the licence "${licence}" (data/sources.json)`);
    return ru;
  },
  onlineAt: 'В сети:',
  read: 'прочитано',
  noPublicAddress: 'Общедоступного адреса нет:',
  noStoredCopy: 'общедоступная копия документа не найдена',
  editorsOwn: 'собственная работа редакторов, опубликованная здесь',
  noneRecorded: 'пока не указан',
  citedBy: { one: 'Ссылается {n} запись', few: 'Ссылаются {n} записи', many: 'Ссылаются {n} записей', other: 'Ссылаются {n} записи' },
  groups: {
    borders: 'Границы',
    crossings: 'Пункты пропуска',
    regions: 'Регионы',
    settlements: 'Населённые пункты',
    history: 'История',
    otherPages: 'Другие страницы',
    mapLabels: 'Названия на картах',
  },
  populationCiter: 'Русские в Казахстане, данные переписей',
  listingCiter: (border) => `Перечень пунктов пропуска на границе ${border}`,
  travelCiter: 'Правила пересечения границы',
  migrationCiter: 'Исследование миграции',
  transnationalCiter: 'Трансграничные проблемы',
  seeAlso: 'См. также',
  borders: 'границы',
  and: 'и',
  crossings: 'пункты пропуска',
};
