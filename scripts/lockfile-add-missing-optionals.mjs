#!/usr/bin/env node
// `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even one for
// another platform ("Missing: @astrojs/compiler-binding-darwin-arm64@ from lock file"). The
// registry this project installs from does not serve some of those other-platform packages, so
// `npm install` cannot record them. This adds a stub entry (version, os/cpu/libc from the package
// name, optional) for each one missing; npm skips them on Linux x64 without fetching anything.
//
//   node scripts/lockfile-add-missing-optionals.mjs [package-lock.json]     (idempotent)
//   node scripts/lockfile-add-missing-optionals.mjs --check                 (exit 1 if any are missing)
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const file = args.find((a) => !a.startsWith('--')) ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};

const OS = ['android', 'darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

/** os/cpu/libc of a platform package, read from its name (`…-linux-arm64-musl`). */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => (p === 'windows' || p === 'win' ? 'win32' : p === 'macos' ? 'darwin' : p)).find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.includes('musl') ? 'musl' : os === 'linux' && parts.includes('gnu') ? 'glibc' : undefined;
  if (!cpu && !os) return null;
  return { ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}), ...(os ? { os: [os] } : {}) };
}

/** Where npm would look for `dep` required from the package at `path`. */
function resolves(path, dep) {
  let base = path;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i === -1 ? '' : base.slice(0, i);
  }
}

const missing = [];
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    if (resolves(path, dep)) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(range)) {
      console.error(
        `${file}: ${dep}@${range} (optional dependency of ${path || 'the project'}) is missing and cannot be stubbed; run npm install where the registry serves it`,
      );
      process.exitCode = 1;
      continue;
    }
    missing.push([
      `node_modules/${dep}`,
      { version: range, ...platform, ...(meta.dev ? { dev: true } : {}), optional: true, ...(meta.engines ? { engines: meta.engines } : {}) },
    ]);
  }
}

if (check) {
  for (const [key] of missing) console.error(`${file}: missing ${key}`);
  process.exit(missing.length > 0 || process.exitCode ? 1 : 0);
}
if (missing.length > 0) {
  for (const [key, entry] of missing) packages[key] = entry;
  const [root, ...rest] = Object.entries(packages);
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}
console.log(
  `${file}: added ${missing.length} stub entr${missing.length === 1 ? 'y' : 'ies'}${missing.length ? ': ' + missing.map(([k]) => k.replace('node_modules/', '')).join(', ') : ''}`,
);
