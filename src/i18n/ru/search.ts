import type { Dictionary } from '../dictionary.ts';

export const search: Dictionary['search'] = {
  also: (names) => ` (также ${names})`,
  borderOf: (name) => `граница ${name}`,
  settlement: (name, also, kind, where, borders) => `${name}${also}: ${kind}, ${where}; у границы: ${borders}.`,
  region: (name, also, kind, country, borders) => `${name}${also}: ${kind}, ${country}; на границе: ${borders}.`,
  town: (name, also, where, km, crossing, border) =>
    `${name}${also}: населённый пункт на картах атласа (${where}), ${km} от пункта пропуска ${crossing} на границе ${border}.`,
  regionKind: {
    oblys: 'область (облыс)',
    oblast: 'область',
    krai: 'край',
    republic: 'республика',
    viloyat: 'область (вилоят)',
    welayat: 'велаят',
    'autonomous-region': 'автономный район',
  },
  settlementKind: { city: 'город', town: 'город', village: 'село', station: 'станция' },
};
