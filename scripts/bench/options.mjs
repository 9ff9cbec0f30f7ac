// The command line of `npm run bench` (see scripts/bench.mjs for what each option does).

export function parseArgs(argv) {
  const o = { builds: 2, lighthouseRuns: 3, mapRuns: 5, scaleFactor: 100, scaleTimeout: 1800, lighthouse: true, browser: true, scale: true, keep: false };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    if (key === 'quick') Object.assign(o, { builds: 1, lighthouseRuns: 1, mapRuns: 1, scale: false });
    else if (key === 'no-lighthouse') o.lighthouse = false;
    else if (key === 'no-browser') o.browser = false;
    else if (key === 'no-scale') o.scale = false;
    else if (key === 'keep') o.keep = true;
    else if (key === 'report-only') o.reportOnly = true;
    else if (key === 'builds' && n >= 1) o.builds = n;
    else if (key === 'lighthouse-runs' && n >= 1) o.lighthouseRuns = n;
    else if (key === 'map-runs' && n >= 1) o.mapRuns = n;
    else if (key === 'scale-factor' && n >= 2) o.scaleFactor = n;
    else if (key === 'scale-timeout' && n > 0) o.scaleTimeout = n;
    else {
      console.error(`bench: unknown or invalid option ${arg}\n${readUsage()}`);
      process.exit(2);
    }
  }
  return o;
}
export const readUsage = () =>
  'usage: npm run bench -- [--quick] [--report-only] [--no-lighthouse] [--no-browser] [--no-scale] [--builds=N] [--lighthouse-runs=N] [--map-runs=N] [--scale-factor=N] [--scale-timeout=S] [--keep]';
