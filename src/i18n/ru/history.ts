import type { Dictionary } from '../dictionary.ts';

export const history: Dictionary['history'] = {
  otherSourcesDate: 'Другие источники датируют событие',
  dateSeparator: (last) => (last ? ' и ' : ', '),
  population: {
    heading: 'Русские в Казахстане',
    text: (first, firstYear, last, lastYear, estimate) =>
      `Доля этнических русских в населении Казахстана сократилась с ${first} в ${firstYear}\u00a0г. до ${last} в ${lastYear}\u00a0г.${estimate ? ' (оценка)' : ''}; многие из оставшихся живут на севере страны, недалеко от российской границы.`,
    chartTitle: 'Доля этнических русских в населении Казахстана',
    chartSummary: (censusYears, estimateYear) =>
      `Годы переписей: ${censusYears.join(', ')}${estimateYear === undefined ? '' : `; оценка за ${estimateYear}\u00a0г.`}.`,
    columns: ['Год', 'Русские (доля населения)'],
    yearLabel: (year, estimate) => `${year}${estimate ? ' (оценка)' : ''}`,
  },
};
