// Prints the gzipped size of the JavaScript a browser loads before the first screen
// (the entry module of dist/index.html and the chunks it preloads) and fails the build
// when it passes the budget. The tablets are shared, cheap and often on weak Wi-Fi.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 150 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const initial = new Set();
for (const [, src] of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) initial.add(src);
for (const [, href] of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) initial.add(href);
if (initial.size === 0) {
  console.error('check-bundle-size: no <script type="module"> found in dist/index.html');
  process.exit(1);
}

let total = 0;
for (const url of [...initial].sort()) {
  const bytes = gzipSync(readFileSync(join(dist, url.replace(/^\//, ''))), { level: 9 }).length;
  total += bytes;
  console.log(`  ${url}  ${(bytes / 1024).toFixed(1)} KB gzipped`);
}
const verdict = total <= budgetBytes ? 'ok' : 'OVER BUDGET';
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzipped (budget ${budgetBytes / 1024} KB) ${verdict}`);
if (total > budgetBytes) process.exit(1);
