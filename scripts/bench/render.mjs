// The Markdown report of `npm run bench` (bench-results/bench.md) from the figures (bench.json).
// One function over 250 lines: the report is one table after another, each read top to bottom.
import { BUDGETS, kb, mark, mb, msf, sec, table } from './report.mjs';
import { beforeMapBudget, htmlBudget } from '../config/budgets.ts';
import { isTextPage, pageKind } from '../dist/read-dist.ts';
import { VIEWPORT } from './browser.mjs';
import { PAGE_TYPES } from './phase-lighthouse.mjs';

export function render(R) {
  const B = BUDGETS;
  const pages = R.weights.pages;
  const byPath = new Map(pages.map((p) => [p.path, p]));
  // Text pages as the tests count them (scripts/config/budgets.ts); map pages: those with a live map.
  const text = pages.filter((p) => isTextPage(p.path));
  const others = pages.filter((p) => !isTextPage(p.path));
  const maps = pages.filter((p) => p.map);
  const largest = (list, f) => list.reduce((a, b) => (f(b) > f(a) ? b : a), list[0]);
  const rows = [];

  rows.push([
    `Clean build (astro build), median of ${R.build.runs.length}`,
    `${sec(R.build.median)} (${R.build.runs.map((ms) => sec(ms)).join(', ')}); ${pages.length} pages`,
    `≤ ${sec(B.buildMs)}`,
    mark(R.build.median <= B.buildMs),
  ]);
  if (text.length) {
    const t = largest(text, (p) => p.html.gzip);
    rows.push([
      `Text page HTML, largest of ${text.length}`,
      `${kb(t.html.gzip)} ${t.path} (br ${kb(t.html.br)})`,
      `≤ ${kb(B.html)}`,
      mark(t.html.gzip <= B.html),
    ]);
  }
  if (others.length) {
    const m = largest(others, (p) => p.html.gzip);
    const over = others.filter((p) => p.html.gzip > htmlBudget(p.path));
    const over14 = others.filter((p) => p.html.gzip > B.html);
    rows.push([
      `Other page HTML, largest of ${others.length}`,
      `${kb(m.html.gzip)} ${m.path} (br ${kb(m.html.br)}); over 14 KB: ${over14.length ? over14.map((p) => `${p.path} ${kb(p.html.gzip)}`).join(', ') : 'none'}`,
      `≤ ${kb(B.html)}; ${kb(B.htmlLong)} for the long reference pages`,
      mark(!over.length),
    ]);
  }
  {
    const w = largest(pages, (p) => p.beforeMap.gzip);
    const over = pages.filter((p) => p.beforeMap.gzip > beforeMapBudget(p.path));
    rows.push([
      'Transfer before a map activates (HTML + CSS + JS, static), largest',
      `${kb(w.beforeMap.gzip)} ${w.path} (br ${kb(w.beforeMap.br)}); over: ${over.length ? over.map((p) => p.path).join(' ') : 'none'}`,
      `≤ ${kb(B.beforeMap)} (border pages ${kb(B.borderFirstView)})`,
      mark(!over.length),
    ]);
  }
  if (R.browser) {
    const measured = Object.entries(R.browser.pages).filter(([, v]) => v.before);
    // The bundled typeface has a budget of its own (fonts), apart from the transfer budget.
    const fonts = (x) => x.before.by.font ?? 0;
    const withoutFonts = (x) => x.before.total - fonts(x);
    const [path, v] = measured.reduce((a, b) => (withoutFonts(b[1]) > withoutFonts(a[1]) ? b : a), measured[0]);
    const over = measured.filter(([p, x]) => withoutFonts(x) > beforeMapBudget(p)).map(([p]) => p);
    rows.push([
      'Transfer before a map activates, measured in Chromium (bodies + headers, favicon; fonts apart), largest',
      `${kb(withoutFonts(v))} ${path}; over: ${over.length ? over.join(' ') : 'none'}`,
      `≤ ${kb(B.beforeMap)} (border pages ${kb(B.borderFirstView)})`,
      mark(!over.length),
    ]);
    const [fontPath, f] = measured.reduce((a, b) => (fonts(b[1]) > fonts(a[1]) ? b : a), measured[0]);
    rows.push(['Fonts loaded for first paint, largest', `${kb(fonts(f))} ${fontPath}`, `≤ ${kb(B.fonts)}`, mark(fonts(f) <= B.fonts)]);
    const textLoads = Object.entries(R.browser.pages).filter(([p, x]) => !byPath.get(p)?.map && x.mapLibreOnTextPage);
    const staticLoads = pages.filter((p) => p.staticMapLibre);
    const early = Object.entries(R.browser.pages).filter(([p, x]) => byPath.get(p)?.map && x.earlyActivation);
    rows.push([
      'MapLibre on pages without a map on screen',
      `text pages (scrolled to the end): ${textLoads.length ? textLoads.map(([p]) => p).join(' ') : 'none'}; in a page's static JS: ${staticLoads.length ? staticLoads.map((p) => p.path).join(' ') : 'none'}; map pages loaded at their bottom: starts only near the map${early.length ? `, except ${early.map(([p]) => p).join(' ')} (map within 200 px of the screen at ${VIEWPORT.width}×${VIEWPORT.height} even at the bottom: on screen)` : ''}`,
      'none',
      mark(!textLoads.length && !staticLoads.length),
    ]);
  }
  if (text.length) {
    const j = largest(text, (p) => p.ownJs.gzip);
    rows.push([
      `Own JS on a text page, largest`,
      `${kb(j.ownJs.gzip)} ${j.path} (br ${kb(j.ownJs.br)})`,
      `≤ ${kb(B.ownJsText)}`,
      mark(j.ownJs.gzip <= B.ownJsText),
    ]);
  }
  if (maps.length) {
    const j = largest(maps, (p) => p.ownJs.gzip);
    const code = R.weights.mapCode.total;
    rows.push([`Own JS on a map page before activation (info) + map code on activation`, `${kb(j.ownJs.gzip)} + ${kb(code.gzip)}`, '–', '–']);
  }
  {
    const m = R.weights.maplibre;
    rows.push([
      'MapLibre on activation (JS + worker + CSS)',
      `${kb(m.total.gzip)} (br ${kb(m.total.br)}; ${m.files.map((f) => `${f.url.replace('/_astro/', '')} ${kb(f.gzip)}`).join(', ')})`,
      `about ${kb(B.mapLibre)}`,
      mark(m.total.gzip <= B.mapLibre * 1.05),
    ]);
  }
  if (maps.length) {
    const d = largest(maps, (p) => p.mapData?.gzip ?? 0);
    const over = maps.filter((p) => (p.mapData?.gzip ?? 0) > B.mapData);
    rows.push([
      `Map data per map page, largest of ${maps.length}`,
      `${kb(d.mapData.gzip)} ${d.path} (${d.mapData.url}; raw ${kb(d.mapData.raw)}); all map-data files: ${R.weights.mapDataDir.files}, ${mb(R.weights.mapDataDir.bytes)} raw`,
      `≤ ${kb(B.mapData)}`,
      mark(!over.length),
    ]);
  }
  if (R.browser) {
    for (const [path, m] of Object.entries(R.browser.maps)) {
      const by = m.activationBy ?? {};
      rows.push([
        `Map page after activation, measured: ${path}`,
        `+${kb(m.activation)} (MapLibre ${kb(by.maplibre)}, map code ${kb(by.mapCode)}, data ${kb(by.mapData)})`,
        `MapLibre + ≤ ${kb(B.mapData)} data`,
        mark(by.mapData != null && by.mapData <= B.mapData),
      ]);
    }
  }
  const L = B.lighthouse;
  if (R.lighthouse) {
    if (R.lighthouse.error) rows.push(['Lighthouse', `could not run: ${R.lighthouse.error}`, '–', '–']);
    for (const [path, l] of Object.entries(R.lighthouse.pages)) {
      if (!l.ok) {
        rows.push([`Lighthouse ${path}`, `no successful run: ${l.errors[0] ?? 'unknown'}`, '–', '–']);
        continue;
      }
      const scoresOk = l.performance >= L.performance && l.accessibility >= L.accessibility && l.bestPractices >= L.bestPractices && l.seo >= L.seo;
      rows.push([
        `Lighthouse ${path}: Perf / A11y / BP / SEO (median of ${l.ok})`,
        `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`,
        `≥ ${L.performance} / ${L.accessibility} / ${L.bestPractices} / ${L.seo}`,
        mark(scoresOk),
      ]);
      rows.push([
        `Lighthouse ${path}: LCP / TBT / CLS`,
        `${sec(l.lcp)} / ${msf(l.tbt)} / ${l.cls?.toFixed(3)}`,
        `≤ ${sec(L.lcp)} / ≤ ${L.tbt} ms / ≤ ${L.cls}`,
        mark(l.lcp <= L.lcp && l.tbt <= L.tbt && l.cls <= L.cls),
      ]);
    }
  }
  if (R.lighthouse?.floors) {
    for (const [path, f] of Object.entries(R.lighthouse.floors)) {
      const l = R.lighthouse.pages[path];
      rows.push([
        `LCP ÷ floor, ${PAGE_TYPES[path] ?? path} ${path} (the page's text as plain HTML, same run)`,
        f.ratio == null ? 'no figure' : `${f.ratio.toFixed(2)} (${sec(l?.lcp)} ÷ ${sec(f.lcp)}; transfer ${kb(l?.transfer)} vs ${kb(f.transfer)})`,
        `≤ ${B.floorRatio.toFixed(2)}`,
        mark(f.ratio != null && f.ratio <= B.floorRatio),
      ]);
    }
  }
  if (R.browser) {
    for (const [path, m] of Object.entries(R.browser.maps)) {
      if (m.bare == null) continue;
      const ratio = m.ready / m.bare;
      rows.push([
        `Live map ÷ bare MapLibre (same GeoJSON, minimal style), ${path}, activation to first idle frame, medians of ${m.runs.length}`,
        `${ratio.toFixed(2)} (${msf(m.ready)} ÷ ${msf(m.bare)}; bare runs ${m.bareRuns.map((x) => msf(x)).join(', ')})`,
        `≤ ${B.bareMapRatio.toFixed(1)}`,
        mark(ratio <= B.bareMapRatio),
      ]);
    }
    for (const [path, m] of Object.entries(R.browser.maps)) {
      rows.push([
        `Map ready after scrolling into view: ${path} (median of ${m.runs.length}${m.viewport === VIEWPORT ? '' : `, ${m.viewport.width}×${m.viewport.height}`})`,
        m.ready == null ? `failed: ${m.errors.join('; ')}` : `${msf(m.ready)} (live ${msf(m.live)}; runs ${m.runs.map((r) => msf(r.ready)).join(', ')})`,
        `≤ ${msf(B.mapReadyMs)}`,
        mark(m.ready != null && m.ready <= B.mapReadyMs),
      ]);
    }
  }
  if (R.scale) {
    const s = R.scale;
    const verb = s.timedOut ? 'more than ' : '';
    const perPage = s.perPage?.ms != null && s.perPage.normalMs ? s.perPage.ms / s.perPage.normalMs : null;
    rows.push([
      `Build with ${s.factor}× crossings (${s.crossings.scaled}), time per page against the normal build's`,
      `${s.ok && perPage != null ? `${perPage.toFixed(2)}× (${msf(s.perPage.ms)} per page over ${s.dist.pages} pages; normal ${msf(s.perPage.normalMs)} over ${R.build.dist?.pages ?? '?'})` : 'not finished'}; in all ${verb}${sec(s.ms)} = ${verb}${s.ratio?.toFixed(1)}× the normal build${s.ok || s.timedOut ? '' : ` — FAILED (exit ${s.code}, ${s.log})`}${
        s.timedOut && s.progress ? ` (stopped at the time limit after ${s.progress.routes} routes, at ${s.progress.last})` : ''
      }; dist ${mb(s.dist.bytes)} in ${s.dist.files} files, map-data ${mb(s.mapData.bytes)} (normal: ${mb(R.weights.mapDataDir.bytes)}, ${R.build.dist ? mb(R.build.dist.bytes) : '?'} in all)`,
      `≤ ${B.scaledRatio}× per page`,
      mark(s.ok && perPage != null && perPage <= B.scaledRatio),
    ]);
    for (const p of s.pages) {
      const n = byPath.get(p.path);
      rows.push([
        `${s.factor}×: ${p.path} before the map (gzip)`,
        `${kb(p.beforeMap.gzip)} (HTML ${kb(p.html.gzip)}, raw ${kb(p.html.raw)}${n ? `; ${(p.beforeMap.gzip / n.beforeMap.gzip).toFixed(1)}× normal` : ''})${
          p.mapData
            ? `; map data ${p.mapData.missing ? 'not written before the stop' : `${kb(p.mapData.gzip)} (raw ${kb(p.mapData.raw)}${n?.mapData ? `; ${(p.mapData.gzip / n.mapData.gzip).toFixed(1)}× normal` : ''})`}`
            : ''
        }`,
        `≤ ${kb(beforeMapBudget(p.path))}${p.mapData ? `; data ≤ ${kb(B.mapData)}` : ''}`,
        mark(p.beforeMap.gzip <= beforeMapBudget(p.path) && (!p.mapData || p.mapData.missing || p.mapData.gzip <= B.mapData)),
      ]);
    }
  }

  const e = R.env;
  const out = [];
  out.push('# Kazakhstan Border Atlas — benchmark (`npm run bench`)');
  out.push('');
  out.push(
    `${e.date} · commit ${e.commit ?? '?'}${e.uncommittedFiles ? ` + ${e.uncommittedFiles} uncommitted files` : ''} · Node ${e.node} · ${e.chromium ?? 'Chromium ?'} · ${e.cpus} CPUs · load average ${e.loadStart.join(' ')} at start, ${e.loadEnd.join(' ')} at end · ${Math.round(e.seconds / 6) / 10} min`,
  );
  out.push('');
  out.push('Compressed = gzip -9 (what scripts/serve.mjs sends); br = brotli -11. 1 KB = 1024 bytes. Budgets: scripts/config/budgets.ts.');
  out.push('');
  out.push('## Budgets');
  out.push('');
  out.push(table(['what', 'measured', 'budget', ''], rows));
  out.push('');

  out.push('## Pages (static, compressed with gzip)');
  out.push('');
  out.push(
    table(
      ['page', 'map', 'HTML raw', 'HTML gz', 'HTML br', 'CSS gz', 'JS gz', 'before map gz', '≤ 50 KB', 'Chromium before', 'map data gz'],
      pages.map((p) => [
        p.path,
        `${pageKind(p.path)}${p.map ? ', map' : ''}`,
        kb(p.html.raw),
        kb(p.html.gzip),
        kb(p.html.br),
        kb(p.css.gzip),
        kb(p.js.gzip),
        kb(p.beforeMap.gzip),
        mark(p.beforeMap.gzip <= beforeMapBudget(p.path)),
        R.browser?.pages[p.path]?.before ? kb(R.browser.pages[p.path].before.total) : '–',
        p.mapData ? kb(p.mapData.gzip) : '–',
      ]),
    ),
  );
  out.push('');

  if (R.lighthouse && Object.keys(R.lighthouse.pages).length) {
    out.push(`## Lighthouse ${R.lighthouse.version} (mobile defaults, simulated throttling; ${R.lighthouse.chromePath} ${R.lighthouse.flags.join(' ')})`);
    out.push('');
    out.push(
      table(
        ['page', 'runs (Perf/A11y/BP/SEO · LCP/TBT/CLS)', 'failing audits (weight > 0)', 'main-thread top (median run)', 'layout shift', 's/run'],
        Object.entries(R.lighthouse.pages).map(([path, l]) => [
          path,
          l.all.map((r) => `${r.p}/${r.a}/${r.b}/${r.s} · ${sec(r.lcp)}/${msf(r.tbt)}/${r.cls?.toFixed(3)}`).join('; ') +
            (l.errors.length ? `; errors: ${l.errors.join('; ')}` : ''),
          Object.entries(l.failing)
            .map(([id, v]) => `${id} (${v[0]})`)
            .join(', ') || 'none',
          (l.bootup ?? []).map((b) => `${b.url.replace(/^\/_astro\//, '')} ${b.ms} ms`).join(', '),
          (l.layoutShifts ?? []).map((s) => `${s.node} ${s.score?.toFixed(3)}`).join(', ') || 'none',
          l.secondsPerRun,
        ]),
      ),
    );
    const foreign = Object.values(R.lighthouse.pages).flatMap((l) => l.foreignRequests);
    out.push('');
    out.push(`Requests to other origins during Lighthouse runs: ${foreign.length ? foreign.join(' ') : 'none'}.`);
    const warnings = [...new Set(Object.values(R.lighthouse.pages).flatMap((l) => l.warnings))];
    if (warnings.length) out.push(`Lighthouse warnings: ${warnings.join(' / ')}`);
    out.push('');
  }

  if (R.browser) {
    out.push(`## Maps in Chromium (${R.env.chromium ?? 'Chromium'}, WebGL2 in software; ${VIEWPORT.width}×${VIEWPORT.height}, cold cache each run)`);
    out.push('');
    out.push(
      table(
        ['page', 'viewport', 'live (median)', 'ready (median)', 'runs (ready)', 'before', 'activation', 'note'],
        Object.entries(R.browser.maps).map(([path, m]) => [
          path,
          `${m.viewport.width}×${m.viewport.height}`,
          msf(m.live),
          msf(m.ready),
          m.runs.map((r) => (r.ready == null ? `✗ ${r.error}` : msf(r.ready))).join(', '),
          kb(m.before),
          kb(m.activation),
          [m.note, ...m.errors].filter(Boolean).join('; '),
        ]),
      ),
    );
    const foreign = [...new Set(Object.values(R.browser.pages).flatMap((p) => p.foreign ?? []))];
    const errors = [...new Set(Object.values(R.browser.pages).flatMap((p) => p.errors ?? []))];
    out.push('');
    out.push(`Requests to other origins: ${foreign.length ? foreign.join(' ') : 'none'}. Page errors: ${errors.length ? errors.join(' / ') : 'none'}.`);
    out.push('');
  }

  out.push('## Method');
  out.push('');
  out.push(
    [
      `- Builds run in a temporary copy of the project (no node_modules/dist/.git/caches; node_modules is a directory of symlinks), with \`node_modules/.bin/astro build\` and the project's Node, caches removed before each build; wall time of the whole command.`,
      `- Static weights: every dist/**/index.html; its \`<link rel=stylesheet>\`, \`<script type=module src>\` and \`modulepreload\`, JS followed through static imports (\`import()\` is activation). "Before map" = HTML + CSS + JS.`,
      `- Chromium: each page loaded with a fresh context, held at its bottom (an init script scrolls there before the module scripts run), until the network is idle: "before". Text pages are then scrolled to the end (MapLibre must not load). Map timing: t0 = \`scrollIntoView\` of \`<atlas-map>\`; live = class \`atlas-map--live\` (MapLibre \`load\` + its CSS; the SVG twin hidden); ready = live and \`map.loaded()\`/\`idle\`, plus one frame.`,
      `- Lighthouse: fresh Chromium per run via chrome-launcher, default (mobile) config; weight-0 audits screenshot-thumbnails, final-screenshot, bf-cache and the full-page screenshot skipped (scores unchanged); medians per figure.`,
      `- ${R.scale ? `${R.scale.factor}×` : '100×'} build: every crossing plus copies with new ids placed on points of their own Natural Earth border line (data/geo/borders.geojson) within ±60 km of the original, so the data checks pass; the copy is deleted afterwards.`,
      `- Timings depend on the machine's other load: see the load averages above.`,
    ].join('\n'),
  );
  out.push('');
  return out.join('\n');
}
