type RegionKind = 'oblys' | 'oblast' | 'krai' | 'republic' | 'viloyat' | 'welayat' | 'autonomous-region';
type SettlementKind = 'city' | 'town' | 'village' | 'station';

/** The sentences the search index holds for places without a page of their own (src/site/search-records.ts). */
export const search = {
  also: (names: string) => ` (also ${names})`,
  borderOf: (name: string) => `${name} border`,
  settlement: (name: string, also: string, kind: string, where: string, borders: string) => `${name}${also}: ${kind} in ${where}, near the ${borders}.`,
  region: (name: string, also: string, kind: string, country: string, borders: string) => `${name}${also}: ${kind} of ${country} on the ${borders}.`,
  town: (name: string, also: string, where: string, km: string, crossing: string, border: string) =>
    `${name}${also}: a place on the atlas maps in ${where}, ${km} from the ${crossing} crossing on the ${border} border.`,
  regionKind: {
    oblys: 'region (oblys)',
    oblast: 'oblast',
    krai: 'krai',
    republic: 'republic',
    viloyat: 'region (viloyat)',
    welayat: 'province (welayat)',
    'autonomous-region': 'autonomous region',
  } satisfies Record<RegionKind, string>,
  settlementKind: { city: 'city', town: 'town', village: 'village', station: 'station' } satisfies Record<SettlementKind, string>,
};
