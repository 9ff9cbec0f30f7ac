/**
 * Marks the section being read in the "On this page" list (`aria-current="location"` on its link):
 * the last section whose heading has passed the upper part of the viewport.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-toc__list a[href^="#"]')];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((el): el is HTMLElement => el !== null);

if (targets.length > 0 && 'IntersectionObserver' in window) {
  const visible = new Set<Element>();
  const mark = (): void => {
    // The first heading on screen, or else the last one above it.
    let current = targets.find((t) => visible.has(t));
    if (!current) current = [...targets].reverse().find((t) => t.getBoundingClientRect().top < 0);
    for (const a of links) {
      if (current && a.hash === `#${current.id}`) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (records) => {
      for (const r of records) {
        if (r.isIntersecting) visible.add(r.target);
        else visible.delete(r.target);
      }
      mark();
    },
    { rootMargin: '0px 0px -55% 0px' },
  );
  for (const t of targets) observer.observe(t);
}
