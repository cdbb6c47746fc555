/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { languageCards } from './build/language-cards.ts';
import { precompress } from './build/precompress.ts';
import { serviceWorker } from './build/service-worker.ts';

// The Go server (jeugdstem serve --dev) answers /graphql; in development Vite forwards to it.
const api = { '/graphql': { target: 'http://127.0.0.1:8080', changeOrigin: false } };

export default defineConfig({
  plugins: [
    languageCards(fileURLToPath(new URL('./src/locales', import.meta.url))),
    serviceWorker(fileURLToPath(new URL('./src/service-worker/sw.js', import.meta.url))),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline assets as data: URLs; the Content-Security-Policy allows files from self.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: api },
  preview: { proxy: api },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
