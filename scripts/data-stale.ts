// Lists every crossing by the age of its newest status reading, oldest first, and flags the old ones.
// Usage: npm run data:stale   (ATLAS_BUILD_DATE=YYYY-MM-DD asks what a later build would flag)
import { loadCheckedAtlas } from '../src/data/load.ts';
import { DataError } from '../src/data/validate.ts';
import { buildDate } from '../src/data/status.ts';
import { formatStaleReport, staleRows } from '../src/data/stale-report.ts';

try {
  const today = buildDate();
  console.log(formatStaleReport(staleRows(loadCheckedAtlas().crossings, today), today));
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
