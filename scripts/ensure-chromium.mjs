#!/usr/bin/env node
// Makes sure the tools the browser tests need are installed:
//   /usr/bin/chromium  (Debian package `chromium`)        — playwright-core drives it
//   pdftoppm           (Debian package `poppler-utils`)   — renders printed PDFs to images
// Playwright's own browser downloads are not used (`npx playwright install` does not work here).
// When something is missing and we are root on a system with apt-get, installs it:
//   apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium poppler-utils
// Otherwise exits 1 with a message naming the Debian packages to install.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM_PACKAGE, CHROMIUM_PATH } from './config/chromium.ts';

export { CHROMIUM_PATH };

const REQUIREMENTS = [
  { name: 'Chromium', pkg: CHROMIUM_PACKAGE, found: () => isExecutable(CHROMIUM_PATH), where: CHROMIUM_PATH },
  { name: 'pdftoppm', pkg: 'poppler-utils', found: () => onPath('pdftoppm'), where: 'pdftoppm on PATH' },
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...dirs, '/usr/bin', '/usr/local/bin', '/bin']) if (isExecutable(join(dir, command))) return join(dir, command);
  return null;
}

const missing = () => REQUIREMENTS.filter((r) => !r.found());

function run(command, args) {
  console.log(`ensure-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) console.error(`ensure-chromium: ${command}: ${result.error.message}`);
  return result.status === 0;
}

/** Returns true when everything is present (installing it if possible); prints why not otherwise. */
export function ensureChromium({ install = true } = {}) {
  let absent = missing();
  if (absent.length === 0) return true;

  const packages = absent.map((r) => r.pkg);
  const listing = absent.map((r) => `${r.name} (${r.where}; Debian package \`${r.pkg}\`)`).join(', ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = onPath('apt-get');

  if (install && isRoot && aptGet) {
    console.log(`ensure-chromium: missing ${listing}; installing with apt-get…`);
    const updated = run(aptGet, ['update']);
    if (!updated) console.error('ensure-chromium: apt-get update failed; trying the install anyway');
    // With recommends: chromium-common recommends fonts-liberation, which the screenshots need.
    run(aptGet, ['install', '-y', ...packages]);
    absent = missing();
    if (absent.length === 0) {
      console.log('ensure-chromium: installed ' + packages.join(', '));
      return true;
    }
  }

  const still = absent.map((r) => r.pkg).join(' ');
  console.error(
    [
      '',
      `ensure-chromium: the browser tests need ${absent.map((r) => `${r.name} (${r.where})`).join(' and ')}, which ${absent.length === 1 ? 'is' : 'are'} not installed.`,
      `Install the Debian package${absent.length === 1 ? '' : 's'} \`${still}\`, e.g.:`,
      '',
      `    sudo apt-get update && sudo apt-get install -y ${still}`,
      '',
      isRoot
        ? aptGet
          ? 'Installing with apt-get failed (see above).'
          : 'apt-get is not available on this system.'
        : 'Not running as root, so npm test could not install it itself.',
      "(`npx playwright install` is not used: the tests drive Debian's Chromium at /usr/bin/chromium.)",
      '',
    ].join('\n'),
  );
  return false;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ok = ensureChromium({ install: !process.argv.includes('--check') });
  if (ok) console.log(`ensure-chromium: ok (${CHROMIUM_PATH}, ${onPath('pdftoppm')})`);
  process.exit(ok ? 0 : 1);
}
