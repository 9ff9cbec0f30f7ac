/**
 * The header's light/dark switch (`<theme-toggle>` around a `<button>`, invisible until defined): shown only when
 * JavaScript runs. Pressing it sets the opposite of the theme now shown as an explicit choice on
 * `<html data-theme>` and remembers it (localStorage, under THEME_KEY); the inline head
 * script applies the stored choice before the next page paints.
 */
import { THEME_KEY as KEY } from '../shared/theme-key.ts';

const media = window.matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;

const current = (): 'dark' | 'light' =>
  root.dataset.theme === 'dark' || root.dataset.theme === 'light' ? root.dataset.theme : media.matches ? 'dark' : 'light';

class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  connectedCallback(): void {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#sync();
    this.#button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage may be off (private mode): the choice holds for this page only.
      }
      this.#sync();
    });
    media.addEventListener('change', () => this.#sync());
  }
  #sync(): void {
    const dark = current() === 'dark';
    this.#button!.setAttribute('aria-pressed', String(dark));
    this.#button!.title = dark ? 'Dark theme is on: switch to light' : 'Switch to the dark theme';
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
