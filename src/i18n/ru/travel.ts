import type { Dictionary } from '../dictionary.ts';
import type { PluralForms } from '../format.ts';

/** The two countries of the travel rules in the cases the page needs; any other country fails loudly. */
const COUNTRY_CASES: Record<string, { genitive: string; locative: string; accusative: string }> = {
  RU: { genitive: 'России', locative: 'России', accusative: 'Россию' },
  KZ: { genitive: 'Казахстана', locative: 'Казахстане', accusative: 'Казахстан' },
};
const cased = (code: string) => {
  const c = COUNTRY_CASES[code];
  if (!c) throw new Error(`src/i18n/ru/travel.ts: no Russian cases for country ${code}`);
  return c;
};

/** Units after «до» / «свыше» (родительный падеж): до 1 литра, до 3 литров, до 0,5 литра. */
const UNIT_NAMES = {
  usd: { one: 'доллара США', few: 'долларов США', many: 'долларов США', other: 'доллара США' },
  litres: { one: 'литра', few: 'литров', many: 'литров', other: 'литра' },
  pieces: { one: 'штуки', few: 'штук', many: 'штук', other: 'штуки' },
  kg: { one: 'килограмма', few: 'килограммов', many: 'килограммов', other: 'килограмма' },
} satisfies Dictionary['travel']['unitNames'];

const DURATIONS: Record<'days' | 'months' | 'years', PluralForms> = {
  days: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  months: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
  years: { one: 'год', few: 'года', many: 'лет', other: 'года' },
};

/** Days after «до», «после», «в течение» (родительный падеж): до 1 дня, до 3 дней. */
const daysGenitive = (value: number, amount: string): string => `${amount}\u00a0${new Intl.PluralRules('ru-RU').select(value) === 'one' ? 'дня' : 'дней'}`;

export const travel: Dictionary['travel'] = {
  sections: {
    visa: 'Визовый режим',
    documents: 'Документы',
    'migration-card': 'Миграционная карта',
    registration: 'Регистрация',
    vehicles: 'Документы на автомобиль',
    inspection: 'На пункте пропуска',
    refusal: 'Отказ во въезде',
    customs: 'Таможенные нормы',
    prohibited: 'Запрещённые товары',
  },
  unitNames: UNIT_NAMES,
  quantity: (amount, unit, value, f) => {
    switch (unit) {
      case 'usd':
        return `${amount}\u00a0долл. США`;
      case 'litres':
        return `${amount}\u00a0л`;
      case 'kg':
        return `${amount}\u00a0кг`;
      case 'pieces':
        return `${amount}\u00a0${f.plural(value, UNIT_NAMES.pieces)}`;
    }
  },
  limit: (kind, amount) => (kind === 'at-most' ? `до ${amount}` : `свыше ${amount} — с документом`),
  duration: (amount, value, unit, f) => `${amount}\u00a0${f.plural(value, DURATIONS[unit])}`,
  travellers: {
    'all-travellers': 'Все путешественники',
    'russian-citizens': 'Граждане России',
    'kazakhstan-citizens': 'Граждане Казахстана',
    foreigners: 'Иностранцы',
    children: 'Дети',
    drivers: 'Водители',
    passengers: 'Пассажиры',
  },
  languageNamesIn: 'ru',
  title: 'Правила пересечения границы',
  crumbHome: 'Границы',
  description: (asOf) =>
    `Правила пересечения границы России и Казахстана на ${asOf}: безвизовое пребывание, документы, миграционная карта, регистрация, автомобили, досмотр, отказ во въезде и таможенные нормы.`,
  rulesAsOf: 'Правила на',
  asDescribedBy: 'в изложении источника',
  lead: 'Что нужно знать, чтобы пересечь сухопутную границу России и Казахстана: безвизовый режим, какие документы взять, миграционная карта и регистрация, проверки на пункте пропуска и что пропускает таможня.',
  checkFirst: 'Правила меняются: проверьте их перед поездкой',
  checkFirstText: (asOf) =>
    `Здесь пересказаны правила в том виде, в каком их описал один сайт о путешествиях (${asOf}). Сроки безвизового пребывания, нормы ввоза и перечень документов время от времени пересматривают, а атлас за этими изменениями не следит.`,
  checkFirstConfirm:
    'Перед поездкой сверьтесь с официальным источником: пограничной службой Казахстана, посольством или консульством страны въезда, официальными государственными порталами Казахстана и России. Сотрудники пограничной службы также подскажут, нет ли препятствий для вашего въезда.',
  atAGlance: 'Коротко',
  visaFreeStay: 'Без визы',
  glanceVisa: (_citizensOf, _entering, citizensCode, enteringCode) => `граждане ${cased(citizensCode).genitive} в ${cased(enteringCode).locative}:`,
  visaNeeded: 'нужна виза',
  upToDays: (_duration, value, amount) => `до ${daysGenitive(value, amount)}`,
  registration: 'Регистрация',
  registrationAfter: (_duration, value, amount) => `после ${daysGenitive(value, amount)}`,
  how: 'как',
  migrationCard: 'Миграционная карта',
  cardFree: (free) => (free ? 'бесплатно' : 'платно'),
  cardLanguagesShort: (languages) => `языки: ${languages}`,
  cashWithoutDeclaration: 'Наличные без декларации',
  allAllowances: 'все нормы',
  neitherAsksVisa: 'Ни одна из стран не требует виз от граждан другой. ',
  directionByDirection: 'Правила для каждого направления:',
  visaCardTitle: (_citizensOf, _entering, citizensCode, enteringCode) =>
    `Граждане ${cased(citizensCode).genitive} при въезде в ${cased(enteringCode).accusative}`,
  visa: 'Виза',
  visaRequired: (required) => (required ? 'нужна' : 'не нужна'),
  longestStay: 'Срок пребывания',
  purpose: 'Цель',
  anyPurpose: (any) => (any ? 'любая, включая работу и бизнес' : 'ограничена'),
  identityDocuments: 'Удостоверения личности',
  children: 'Дети',
  parentalConsent: 'Согласие родителей',
  insurance: 'Страховка',
  cardIntro: 'Короткий бланк: его заполняют на границе, там же ставят отметку, и его хранят до конца поездки.',
  whoFillsOne: 'Кто заполняет',
  entering: (_country, code) => `При въезде в ${cased(code).accusative}:`,
  languages: 'Языки',
  cardLanguages: (languages) => `Казахстанскую карту можно заполнить на одном из языков: ${languages}.`,
  cost: 'Стоимость',
  cardCost: (free) => (free ? 'Бесплатно.' : 'Платно.'),
  keepingIt: 'Хранение',
  lostOrDamaged: 'Если карта утеряна или испорчена',
  restoreWithin: (_duration, value, amount) => `Восстановить её нужно через миграционную службу в течение ${daysGenitive(value, amount)}.`,
  howYouGetOne: 'Как её получить',
  registrationIntro: 'Безвизовое пребывание начинается без формальностей, но более долгое нужно зарегистрировать в миграционной службе.',
  registrationFigures: 'Регистрация в цифрах',
  withoutRegistering: 'без регистрации',
  addedByRegistering: 'добавляет регистрация',
  longestVisaFree: 'наибольший безвизовый срок',
  stepByStep: 'Шаг за шагом',
  stayingLonger: 'Если нужно остаться дольше',
  vehiclesIntro: 'Водители на своей машине предъявляют эти документы и на российской, и на казахстанской стороне — вдобавок к удостоверению личности.',
  inspectionIntro: 'Проверки в том порядке, в каком их проходят при въезде в Казахстан из России по дороге.',
  refusalIntro: 'Казахстан может не впустить гражданина России или лицо без гражданства по любому из этих оснований.',
  customsIntro: 'Товары, которые можно ввезти в Казахстан без таможенной декларации.',
  allowancesCaption: 'Нормы ввоза в Казахстан без декларации',
  needPermit: 'Товары, требующие разрешения',
  notAllowedIn: 'Запрещено ввозить в Казахстан',
  notAllowedOut: 'Запрещено вывозить из Казахстана',
  columns: { item: 'Товары', limit: 'Норма', unit: 'Единица', condition: 'Условия', source: 'Источник' },
  noneStated: 'не указаны',
  appliesTo: 'Для кого:',
  asOf: 'на',
  asOfDate: (formatted, iso) => (/^\d{4}$/.test(iso) ? `${formatted}\u00a0г.` : formatted),
};
