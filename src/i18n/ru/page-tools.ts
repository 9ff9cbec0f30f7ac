import type { Dictionary } from '../dictionary.ts';

export const pageTools: Dictionary['pageTools'] = {
  citeThisPage: 'Как сослаться на страницу',
  citation: (site, title, dataChanged) => `${site}. «${title}». Данные изменены ${dataChanged}.`,
  accessed: 'дата обращения:',
  copyCitation: 'Копировать ссылку',
  copyBibtex: 'Копировать BibTeX',
  copyCsl: 'Копировать CSL-JSON',
  copied: 'Скопировано.',
  copyFailed: 'Скопировать не удалось; выделите текст вручную.',
  reportCorrection: 'Сообщить об ошибке',
  toThisPage: 'на этой странице.',
  sources: 'Источники',
  read: 'прочитано',
  onlineVersion: 'Версия в интернете',
  qrLabel: (url) => `QR-код адреса ${url}`,
  onThisPage: 'На этой странице',
  factsDated: (span, undated, f) =>
    `Факты из источников ${span.includes('–') ? `${span} гг.` : `${span} г.`}${undated ? ` (и ${f.count(undated, { one: 'недатированного', few: 'недатированных', many: 'недатированных', other: 'недатированного' })})` : ''}.`,
  factsUndated: 'Факты из источников без даты.',
  search: {
    formLabel: 'Поиск по атласу',
    formLabelPage: 'Поиск по атласу с этой страницы',
    inputLabel: 'Искать места, пункты пропуска и страницы',
    placeholder: 'Поиск…',
    unavailable: 'В этой копии атласа поиск недоступен: поисковый индекс не построен.',
    noResults: (query) => `По запросу «${query}» ничего не найдено.`,
    resultWord: { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' },
    topShown: (shown) => `, показаны первые ${shown}`,
    kinds: { crossing: 'Пункт пропуска', border: 'Граница', page: 'Страница', settlement: 'Населённый пункт', region: 'Регион', town: 'Город' },
  },
  darkTheme: 'Тёмная тема',
};
