/**
 * The one home of how the project starts Chromium: the executable and its flags, for the browser
 * tests (tests/e2e/harness.ts), the benchmark (scripts/bench/) and the install check
 * (scripts/ensure-chromium.mjs).
 *
 * Debian's Chromium is used (Playwright's own browser downloads are not): `CHROMIUM_PATH` overrides
 * the path, e.g. to try another build.
 */

/** The Chromium executable. */
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The Debian package that provides it (named in messages when it is missing). */
export const CHROMIUM_PACKAGE = 'chromium';

/**
 * Flags for every launch: no sandbox (tests run as root in CI), nothing that talks to the network
 * on its own (a foreign request must only ever come from the page under test), and no host but the
 * local server resolves, so a request to another origin fails at once (the tests record it from
 * the request events) without intercepting every request to decide.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  // Tabs share two renderer processes rather than starting one per tab and page: a browser test
  // opens many short-lived tabs, and on two cores the process starts cost a tenth of the suite's CPU.
  '--renderer-process-limit=2',
];

/**
 * WebGL on. Headless Chromium renders WebGL2 in software here (SwiftShader through ANGLE's Vulkan
 * backend) with no extra flag, with --disable-gpu, with --use-angle=swiftshader and with
 * --enable-unsafe-swiftshader: a shader draw reads back the right pixels in every case.
 * --enable-unsafe-swiftshader states that software WebGL is wanted, rather than relying on the
 * automatic fallback Chromium has deprecated. --use-angle=swiftshader is left out: it rendered the
 * same but made screenshots of pages with a live map several times slower.
 */
export const WEBGL_ARGS: readonly string[] = ['--enable-unsafe-swiftshader'];

/** WebGL off: the map must fall back to its static SVG. */
export const NO_WEBGL_ARGS: readonly string[] = ['--disable-3d-apis'];

/** The flags for a launch with or without WebGL. */
export const chromiumArgs = ({ webgl = true }: { webgl?: boolean } = {}): string[] => [...CHROMIUM_ARGS, ...(webgl ? WEBGL_ARGS : NO_WEBGL_ARGS)];

/** The same flags for a Chromium started by chrome-launcher (Lighthouse), which needs headless spelt out. */
export const lighthouseChromeFlags = (): string[] => ['--headless=new', ...chromiumArgs()];

/** Launch timeout: a cold start on a loaded two-core machine can take many seconds. */
export const LAUNCH_TIMEOUT_MS = 60_000;
