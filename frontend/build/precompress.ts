// Vite plugin: after the build, writes `name.br` and `name.gz` next to every compressible
// file in the output folder (scripts, styles, HTML, SVG, JSON, uncompressed fonts). The Go
// server embeds dist/ and answers with the variant the browser accepts (frontend/embed.go),
// so the tablets on weak Wi-Fi download a third of the bytes and the server spends no CPU
// on compression. woff2, images and audio are compressed already and get no variants.
//
// The output must be the same bytes for the same input: dist/ is committed and
// `make test` fails when a rebuild changes it. Node's gzip writes no file name and a zero
// modification time; brotli has no timestamp at all.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Keep in step with compressible in frontend/embed.go.
const compressibleExtensions = ['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.woff', '.ttf', '.otf'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []));
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'jeugdstem-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // closeBundle runs after Vite has written the bundle and copied public/, so both get variants.
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!compressibleExtensions.includes(extname(file))) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: extname(file).startsWith('.wo') ? constants.BROTLI_MODE_FONT : constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
      }
    },
  };
}
