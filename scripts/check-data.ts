// Validates every dataset and cross-reference, as the build does, and prints record counts.
// Usage: npm run data:check
import { loadAtlas } from '../src/lib/load-data.ts';
import { DataError } from '../src/lib/validate.ts';

try {
  const atlas = loadAtlas();
  for (const [name, value] of Object.entries(atlas)) {
    console.log(`${name.padEnd(20)} ${Array.isArray(value) ? `${value.length} records` : 'document'}`);
  }
  console.log('All datasets and references are valid.');
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
