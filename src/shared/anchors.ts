/**
 * Stable in-page anchors (public: other sites link to them). The one place they are spelled, for
 * the pages, the data downloads, the search records and the browser code alike.
 */
export const anchors = {
  crossing: (id: string) => `crossing-${id}`,
  settlement: (id: string) => `settlement-${id}`,
  region: (id: string) => `region-${id}`,
  event: (id: string) => `event-${id}`,
  listing: (id: string) => `listing-${id}`,
  regions: 'regions',
  settlements: 'settlements',
  history: 'history',
  crossings: 'crossings',
  population: 'population',
  statusHistory: 'status-history',
  position: 'position',
} as const;
