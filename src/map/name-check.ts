/**
 * Names checked before a map draws them: Natural Earth's physical names have lost letters in places
 * (the ö of Kazakh köl/köli "lake", bögeni "reservoir": "Siletitengiz Kli", "Sasyqkl", "Shardara Bgeni"),
 * and a name read with the wrong encoding carries mojibake ("KÃ¶li"). A name that fails the check is
 * left out of the labels (the feature is still drawn); the build report and
 * tests/unit/name-check.test.ts list them. Browser-safe.
 */

/** What is wrong with a name, or null when nothing is. */
export function nameProblem(name: string): string | null {
  if (/\uFFFD|[ÃÂÐÑâ][\u0080-\u00BF€™œ]/.test(name)) return 'mojibake (text decoded with the wrong encoding)';
  if (/\bK[lI]i\b|[a-z]kl\b|\bKl\b/.test(name)) return 'lost letter: "köl"/"köli" (lake) without its ö';
  // Two stops or a stop after "Zh" cannot begin a Kazakh or Russian word: a vowel (ö, ü, ұ, ү) was lost ("Bgeni", "Zhbolat").
  if (/\b(?:[BDGKQ][bdgkq]|Zh[bdgkq])/.test(name)) return 'lost letter: a word starts with consonants that cannot begin it';
  return null;
}

/** The name a map may draw: the name, or null when it fails the check. */
export const checkedName = (name: string | null): string | null => (name !== null && nameProblem(name) === null ? name : null);
