import type { Dictionary } from '../dictionary.ts';

export const og: Dictionary['og'] = {
  overviewTitle: 'Границы Казахстана',
  neighbours: (count, f) => `${f.count(count, { one: 'соседняя страна', few: 'соседние страны', many: 'соседних стран', other: 'соседней страны' })}`,
  crossings: (count, f) => f.count(count, { one: 'пункт пропуска', few: 'пункта пропуска', many: 'пунктов пропуска', other: 'пункта пропуска' }),
  everyFigure: 'У каждой цифры — источник',
  borderTitle: (name) => `Граница ${name}`,
  officialLength: (km) => `${km} (официальная протяжённость)`,
  measuredLength: (km) => `${km} (измеренная линия)`,
  crossingsInAtlas: (count, f) =>
    `${f.count(count, { one: 'пункт пропуска', few: 'пункта пропуска', many: 'пунктов пропуска', other: 'пункта пропуска' })} в атласе`,
  regionsAlong: (count, f) => `${f.count(count, { one: 'регион', few: 'региона', many: 'регионов', other: 'региона' })} вдоль линии`,
};
