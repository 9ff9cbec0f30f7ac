import type { Dictionary } from '../dictionary.ts';

export const structuredData: Dictionary['structuredData'] = {
  borderName: (name) => `Граница ${name}`,
  crossingName: (label) => `Пункт пропуска ${label}`,
};
