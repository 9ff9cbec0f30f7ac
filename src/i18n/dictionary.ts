/**
 * Interface strings per edition (everything a page says that is not data or prose). The English
 * dictionary defines the shape; every other edition must fill it: a missing key or a function with
 * another signature fails the type check (`npm run typecheck`), and tests/unit/dictionaries.test.ts
 * checks the same at run time.
 */
import { en } from './en/index.ts';
import { ru } from './ru/index.ts';
import type { Locale } from './locales.ts';

export type Dictionary = typeof en;

export const DICTIONARIES: Record<Locale, Dictionary> = { en, ru };

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale];
