/**
 * Colour theme: the reader's system preference (`prefers-color-scheme`) unless they chose one with
 * the header toggle (src/client/theme-toggle.ts), which is kept in localStorage and applied as
 * `<html data-theme="dark|light">`. THEME_INIT runs inline in the <head> before the first paint so
 * a stored choice never flashes the other theme; astro.config.mjs allows it by its hash
 * (`themeInitHash`), since the CSP has no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { THEME_KEY } from '../shared/theme-key.ts';

/** The inline head script, byte for byte as written into every page. */
export const THEME_INIT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;

/** CSP hash of THEME_INIT (`sha256-…`, as Astro's `scriptDirective.hashes` takes it). */
export const themeInitHash = (): `sha256-${string}` => `sha256-${createHash('sha256').update(THEME_INIT).digest('base64')}`;
