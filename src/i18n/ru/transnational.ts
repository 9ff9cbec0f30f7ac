import type { Dictionary } from '../dictionary.ts';

/** Countries as a possessor («запись по Казахстану»): дательный падеж after «по». */
const DATIVE: Record<string, string> = { KZ: 'Казахстану', RU: 'России' };

export const transnational: Dictionary['transnational'] = {
  crumb: 'Трансграничные проблемы',
  borderName: (name) => `Граница ${name}`,
  noLandBorder: 'Казахстан и Россия, без указания сухопутной границы',
  entryMeta: (country, code, topic, year) => `Запись по ${DATIVE[code] ?? country}: ${topic.toLowerCase()}, данные за ${year}\u00a0г.`,
  sourceIntro: 'Записи из источника',
  describes: (period) => `; данные относятся к ${period} гг. Для каждой записи указан год, к которому она относится.`,
  keyText: ' — утверждение об одной из сухопутных границ Казахстана.',
  topic: 'Тема',
  asOf: (year) => `данные за ${year}\u00a0г.`,
  noEntry: 'нет записи',
  origin: (origin) => ` (страна происхождения: ${origin})`,
  statelessTitle: (years) => `Лица без гражданства, ${new Intl.ListFormat('ru-RU', { type: 'conjunction' }).format(years)}\u00a0гг.`,
  statelessColumns: ['Страна', 'Лица без гражданства'],
  otherCounts: 'Другие показатели из тех же записей:',
};
