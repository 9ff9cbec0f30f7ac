/**
 * `ATLAS_DRAFT_EDITIONS=1`: preview an edition while it is being translated. What is not translated
 * yet (data texts, place names, prose) shows in English and the build only warns. Tests and release
 * builds never set it: there, anything missing stops the build.
 */
export const draftEditions = (): boolean => globalThis.process?.env?.ATLAS_DRAFT_EDITIONS === '1';
