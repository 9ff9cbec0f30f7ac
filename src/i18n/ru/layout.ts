import type { Dictionary } from '../dictionary.ts';

export const layout: Dictionary['layout'] = {
  siteName: 'Атлас границ Казахстана',
  skipToContent: 'К содержанию',
  menu: 'Меню',
  mainNav: 'Основное',
  breadcrumb: 'Путь к странице',
  nav: {
    home: 'Границы',
    crossings: 'Пункты пропуска',
    travel: 'Правила',
    migration: 'Миграция',
    transnationalIssues: 'Транснациональные вопросы',
    sources: 'Источники',
    data: 'Данные',
  },
  otherEditions: 'На других языках',
  dataLastChanged: 'Данные последний раз изменены',
  pageBuilt: 'страница собрана',
  everyFigureCites: 'У каждой цифры указан источник.',
  whatChanged: 'Что изменилось',
  newestFirst: 'сначала новое.',
  pageAddress: 'Адрес страницы:',
  credits: 'Картографические данные: Natural Earth (общественное достояние). Текст написан редакцией атласа, факты взяты из указанных источников.',
  ogImageAlt: (neighbours) => `Карта Казахстана и его границ с такими странами: ${neighbours}`,
  feedTitle: 'Атлас границ Казахстана: что изменилось',
};
