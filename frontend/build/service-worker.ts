// Vite plugin: writes dist/sw.js, the tablet's service worker (src/service-worker/sw.js), with
// the lists it needs in front: SHELL (the page, the entry script, its chunks and styles, the icon
// and the manifest: what the first screen needs), BUILD (every file of this build under
// /assets/) and VERSION (a hash of both, so every build is a new worker and drops old files).
// The output is the same bytes for the same input: dist/ is committed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function serviceWorker(source: string): Plugin {
  return {
    name: 'jeugdstem-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shell = new Set<string>(['/', '/favicon.svg', '/manifest.webmanifest']);
      const build = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.fileName.startsWith('assets/')) build.add(`/${file.fileName}`);
        if (file.type === 'chunk' && file.isEntry) {
          for (const name of [file.fileName, ...file.imports, ...(file.viteMetadata?.importedCss ?? [])]) shell.add(`/${name}`);
        }
      }
      const lists = { SHELL: [...shell].sort(), BUILD: [...build].sort() };
      const version = createHash('sha256').update(JSON.stringify(lists)).update(readFileSync(source)).digest('hex').slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source:
          `const SHELL = ${JSON.stringify(lists.SHELL)};\nconst BUILD = ${JSON.stringify(lists.BUILD)};\n` +
          `const VERSION = '${version}';\n${readFileSync(source, 'utf8')}`,
      });
    },
  };
}
