// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { rehypeGlossaryTerms } from './src/markdown/rehype-glossary-terms.ts';

const contentDir = process.env.RW_CONTENT_DIR ?? './content';

export default defineConfig({
  site: 'https://richtingwijzer.example',
  trailingSlash: 'always',
  integrations: [react()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    rehypePlugins: [[rehypeGlossaryTerms, { glossaryDir: `${contentDir}/glossary`, onlyUnder: '/studies/' }]],
  },
});
