import type { Dictionary } from '../dictionary.ts';
import { bibliography } from './bibliography.ts';
import { border } from './border.ts';
import { chart } from './chart.ts';
import { crossings } from './crossings.ts';
import { downloads } from './downloads.ts';
import { history } from './history.ts';
import { home } from './home.ts';
import { layout } from './layout.ts';
import { maps } from './maps.ts';
import { notFound } from './not-found.ts';
import { og } from './og.ts';
import { pageTools } from './page-tools.ts';
import { search } from './search.ts';
import { structuredData } from './structured-data.ts';
import { study } from './study.ts';
import { transnational } from './transnational.ts';
import { travel } from './travel.ts';

export const ru = {
  bibliography,
  border,
  chart,
  crossings,
  downloads,
  history,
  home,
  layout,
  maps,
  notFound,
  og,
  pageTools,
  search,
  structuredData,
  study,
  transnational,
  travel,
} satisfies Dictionary;
