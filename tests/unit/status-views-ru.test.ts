/**
 * The Russian edition's status wording (src/views/status.ts with `ru`): dates with «г.», plural
 * years in the right case, one full stop at the end of a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { StatusReading } from '../../src/schemas/index.ts';
import { BORDER_TABLE_MAX, crossingRowHref, directoryForBorder } from '../../src/views/crossing-list.ts';
import { latinTextLang } from '../../src/views/foreign-text.ts';
import { historyRows, staleNotice, statusLead, statusPhrase, statusSentence, statusShort } from '../../src/views/status.ts';

const TODAY = '2026-12-04';
const reading = (date: string, value: StatusReading['value'], extra: Partial<StatusReading> = {}): StatusReading => ({ date, value, source: 's', ...extra });
const nbsp = (s: string) => s.replaceAll('\u00a0', ' ');

describe('Russian status wording', () => {
  it('dates every phrase, a bare year with «г.»', () => {
    expect(nbsp(statusPhrase(reading('2024-05', 'open'), 'ru'))).toBe('Открыт — последнее подтверждение: май 2024 г.');
    expect(nbsp(statusPhrase(reading('2019', 'open'), 'ru'))).toBe('Открыт — последнее подтверждение: 2019 г.');
    expect(nbsp(statusPhrase(reading('2025-02-05', 'closed'), 'ru'))).toBe('Закрыт — по состоянию на 5 февраля 2025 г.');
    expect(nbsp(statusPhrase(reading('2019', 'listed'), 'ru'))).toBe('Указан в источнике (2019 г.); работает ли, не сообщается');
    expect(nbsp(statusShort(reading('2025-01', 'seasonal'), 'ru'))).toBe('Сезонный, январь 2025 г.');
  });

  it('ends a sentence with one full stop in either edition', () => {
    expect(statusSentence(reading('2019', 'open'), 'ru').endsWith('г.')).toBe(true);
    expect(statusSentence(reading('2019', 'open'), 'ru').endsWith('..')).toBe(false);
    expect(statusSentence(reading('2024-05', 'open'))).toBe('Open — last confirmed May 2024.');
  });

  it('counts years with Russian plurals: 1 год, 3 года, 5 лет; «не менее 3 лет»', () => {
    const flag = (date: string) => nbsp(statusLead({ status: [reading(date, 'open')] }, TODAY, 'ru').flag ?? '');
    expect(flag('2023-01')).toBe('давность 3 года');
    expect(flag('2021-01')).toBe('давность 5 лет');
    const old = statusLead({ status: [reading('2022-06', 'closed')] }, TODAY, 'ru');
    const notice = nbsp(staleNotice(old, 'Китай', 'ru') ?? '');
    expect(notice).toContain('не менее 4 лет (июнь 2022 г.)');
    expect(notice).toContain('старше 3 лет');
    expect(notice).toContain('(Китай)');
    expect(staleNotice(statusLead({ status: [reading('2026-06', 'open')] }, TODAY, 'ru'), 'Китай', 'ru')).toBeNull();
  });

  it('words the history rows, marking a date read from the text', () => {
    const [row] = historyRows({ status: [reading('2025-12', 'restricted', { dateInferred: true })] }, TODAY, 'ru');
    expect(nbsp(row!.date)).toBe('декабрь 2025 г. (дата по тексту)');
    expect(row!.status).toBe('Ограничен');
  });
});

describe('Russian links to crossing rows', () => {
  it('stays inside the edition', () => {
    expect(crossingRowHref({ id: 'a-b', border: 'kazakhstan-china' }, 6, 'ru')).toBe('/ru/borders/kazakhstan-china/#crossing-a-b');
    expect(crossingRowHref({ id: 'a-b', border: 'kazakhstan-china' }, BORDER_TABLE_MAX + 1, 'ru')).toBe('/ru/crossings/#crossing-a-b');
    expect(directoryForBorder('kazakhstan-russia', undefined, 'ru')).toMatch(/^\/ru\/crossings\/\?border=kazakhstan-russia#/);
  });
});

describe('foreign text on a Russian page', () => {
  it('marks Latin-only text as English there, and nothing on English pages', () => {
    expect(latinTextLang('Dostyk (Friendship)', 'ru')).toBe('en');
    expect(latinTextLang('Дружба', 'ru')).toBeUndefined();
    expect(latinTextLang('Dostyk', 'en')).toBeUndefined();
  });
});
