/** Escapes text and attribute values for XML (SVG, the sitemap). */
export const escapeXml = (s: string | number): string =>
  String(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
