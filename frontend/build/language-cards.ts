// Vite plugin: `virtual:language-cards` holds only the `language` part of every locale
// file (native name, symbol, "listen", "no voice" note). The language screen needs these
// for all 13 languages at once; the rest of each locale stays in its own lazy chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const publicId = 'virtual:language-cards';
const resolvedId = `\0${publicId}`;

export function languageCards(localesDir: string): Plugin {
  return {
    name: 'jeugdstem-language-cards',
    resolveId(source) {
      return source === publicId ? resolvedId : null;
    },
    load(id) {
      if (id !== resolvedId) return null;
      const cards: Record<string, unknown> = {};
      for (const file of readdirSync(localesDir).filter((name) => name.endsWith('.json')).sort()) {
        const path = join(localesDir, file);
        this.addWatchFile(path);
        const locale = JSON.parse(readFileSync(path, 'utf8')) as { language?: unknown };
        cards[file.slice(0, -'.json'.length)] = locale.language;
      }
      return `export default ${JSON.stringify(cards)};`;
    },
  };
}
