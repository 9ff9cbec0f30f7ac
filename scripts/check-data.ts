// Validates every dataset, cross-reference and geometry check, as the build does, and prints record counts.
// Usage: npm run data:check
import { loadCheckedAtlas } from '../src/data/load.ts';
import { DataError } from '../src/data/validate.ts';

try {
  const atlas = loadCheckedAtlas();
  for (const [name, value] of Object.entries(atlas)) {
    console.log(`${name.padEnd(20)} ${Array.isArray(value) ? `${value.length} records` : 'document'}`);
  }
  console.log('All datasets and references are valid.');
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
