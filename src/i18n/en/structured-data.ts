/** Names in the schema.org data of the pages (JSON-LD): what search engines show. */
export const structuredData = {
  borderName: (name: string) => `${name} border`,
  crossingName: (label: string) => `${label} border crossing`,
};
