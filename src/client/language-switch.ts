/**
 * `<language-switch>`: keeps the reader's place when changing edition. The links already point at the
 * same page in the other language; this adds the current #fragment (a section, a crossing row, a
 * map view) at the moment the link is followed.
 */
class LanguageSwitch extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-fragment]');
      if (!link || !location.hash) return;
      const url = new URL(link.href);
      url.hash = location.hash;
      link.href = url.href;
    });
  }
}

if (!customElements.get('language-switch')) customElements.define('language-switch', LanguageSwitch);
