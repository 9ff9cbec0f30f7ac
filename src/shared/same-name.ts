/** Names equal up to case, accents and punctuation ("Almaty" = "ALMATY", "Kara-Balta" = "Kara Balta"). Browser-safe. */
export function sameName(a: string, b: string): boolean {
  return normName(a) === normName(b);
}

/** A name reduced to its letters and digits, lower case, without accents. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, '');
}
