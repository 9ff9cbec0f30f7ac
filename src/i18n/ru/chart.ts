import type { Dictionary } from '../dictionary.ts';

export const chart: Dictionary['chart'] = {
  dataTable: 'Таблица данных',
  series: 'Ряд',
};
