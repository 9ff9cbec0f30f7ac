/**
 * The Atom 1.0 rules (RFC 4287) that can be checked offline, over a feed parsed by a real XML
 * parser (@xmldom/xmldom, namespace-aware; a well-formedness error throws). Returns the problems
 * found, each naming the element; an empty list means the feed passes. Shared by the unit test of
 * the feed writer and the build test of dist/changes.xml.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time (RFC 4287 §3.3): full date, time, and `Z` or an offset. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI: a scheme, then anything but spaces. */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const TEXT_TYPES = new Set(['text', 'html', 'xhtml']);

export interface ParsedFeed {
  feed: Element;
  entries: Element[];
}

/** Parses `xml`, throwing on any well-formedness error or warning the parser reports. */
export function parseFeed(xml: string): ParsedFeed {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const feed = doc.documentElement;
  if (!feed) throw new Error('no document element');
  return { feed, entries: children(feed, 'entry') };
}

/** Atom child elements of `parent` with local name `name`. */
export function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ATOM_NS && (n as Element).localName === name) out.push(n as Element);
  }
  return out;
}

const text = (el: Element | undefined): string => el?.textContent?.trim() ?? '';

/**
 * Problems with `xml` as an Atom 1.0 feed whose links must all start with `origin` (absolute, from SITE_URL).
 * Checks: root `feed` in the Atom namespace; feed and entries each have exactly one `id` (an absolute
 * IRI; entry ids unique), `title` and `updated` (RFC 3339); an `author` with a `name` (on the feed or
 * on every entry); the feed's `link rel="self"`; every entry has `link rel="alternate"` (or content)
 * and at most one `summary`; text constructs use a known `type`; at most one alternate link per
 * type; every `href` absolute on `origin`; no entry updated after the feed.
 */
export function atomProblems(xml: string, origin: string): string[] {
  const problems: string[] = [];
  const { feed, entries } = parseFeed(xml);
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM_NS) return [`root is <${feed.tagName}> in ${feed.namespaceURI}, not an Atom <feed>`];

  const exactlyOne = (el: Element, name: string, where: string): Element | undefined => {
    const found = children(el, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}> (must be exactly 1)`);
    return found[0];
  };
  const textConstructs = (el: Element, where: string) => {
    for (const name of ['title', 'subtitle', 'summary', 'rights']) {
      for (const t of children(el, name)) {
        const type = t.getAttribute('type') ?? 'text';
        if (!TEXT_TYPES.has(type)) problems.push(`${where} <${name}>: type "${type}"`);
        if (name === 'title' && text(t) === '') problems.push(`${where}: empty <title>`);
      }
    }
  };
  const dateOf = (el: Element, where: string): string | null => {
    const value = text(exactlyOne(el, 'updated', where));
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
      problems.push(`${where}: <updated> "${value}" is not an RFC 3339 date-time`);
      return null;
    }
    return value;
  };
  const links = (el: Element, where: string) => {
    const all = children(el, 'link');
    const alternates = new Set<string>();
    for (const link of all) {
      const href = link.getAttribute('href') ?? '';
      const rel = link.getAttribute('rel') ?? 'alternate';
      if (!href.startsWith(origin) || !ABSOLUTE_IRI.test(href)) problems.push(`${where}: link rel="${rel}" href "${href}" is not absolute on ${origin}`);
      if (rel === 'alternate') {
        const key = `${link.getAttribute('type') ?? ''}|${link.getAttribute('hreflang') ?? ''}`;
        if (alternates.has(key)) problems.push(`${where}: two alternate links with type/hreflang "${key}"`);
        alternates.add(key);
      }
    }
    return all;
  };
  const hasAuthor = (el: Element, where: string): boolean => {
    const authors = children(el, 'author');
    for (const a of authors) if (text(children(a, 'name')[0]) === '') problems.push(`${where}: <author> without a <name>`);
    return authors.length > 0;
  };

  const feedId = text(exactlyOne(feed, 'id', 'feed'));
  if (!ABSOLUTE_IRI.test(feedId)) problems.push(`feed: <id> "${feedId}" is not an absolute IRI`);
  exactlyOne(feed, 'title', 'feed');
  textConstructs(feed, 'feed');
  if (children(feed, 'subtitle').length > 1) problems.push('feed: more than one <subtitle>');
  const feedUpdated = dateOf(feed, 'feed');
  const feedLinks = links(feed, 'feed');
  if (!feedLinks.some((l) => l.getAttribute('rel') === 'self')) problems.push('feed: no link rel="self"');
  const feedAuthor = hasAuthor(feed, 'feed');

  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = text(exactlyOne(entry, 'id', where));
    if (!ABSOLUTE_IRI.test(id)) problems.push(`${where}: <id> "${id}" is not an absolute IRI`);
    if (ids.has(id)) problems.push(`${where}: <id> "${id}" repeats an earlier entry's`);
    ids.add(id);
    exactlyOne(entry, 'title', where);
    textConstructs(entry, where);
    const updated = dateOf(entry, where);
    if (updated && feedUpdated && Date.parse(updated) > Date.parse(feedUpdated)) problems.push(`${where}: updated ${updated} after the feed's ${feedUpdated}`);
    const entryLinks = links(entry, where);
    if (!entryLinks.some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') && children(entry, 'content').length === 0) {
      problems.push(`${where}: neither link rel="alternate" nor <content>`);
    }
    if (children(entry, 'summary').length > 1) problems.push(`${where}: more than one <summary>`);
    if (!hasAuthor(entry, where) && !feedAuthor) problems.push(`${where}: no <author> and the feed has none`);
  });
  return problems;
}
