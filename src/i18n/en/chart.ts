/** Charts drawn at build time (src/components/Chart.astro): the data table beneath each drawing. */
export const chart = {
  dataTable: 'Data table',
  series: 'Series',
};
