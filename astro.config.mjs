// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { rehypeGlossaryTerms } from './src/markdown/rehype-glossary-terms.ts';
import { rehypeDutchTerms } from './src/markdown/rehype-dutch-terms.ts';
import offline from './src/integrations/offline.ts';
import contentCheck from './src/integrations/content-check.ts';

const contentDir = process.env.RW_CONTENT_DIR ?? './content';

export default defineConfig({
  site: 'https://richtingwijzer.example',
  trailingSlash: 'always',
  integrations: [contentCheck(contentDir), react(), offline()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // A Content Security Policy in every page (<meta http-equiv>), with hashes for Astro's own inline scripts and
  // styles: no 'unsafe-inline'. Headers for hosts that can send them are in public/_headers (see README).
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    rehypePlugins: [
      [rehypeGlossaryTerms, { glossaryDir: `${contentDir}/glossary`, onlyUnder: '/studies/' }],
      [rehypeDutchTerms, { onlyUnder: '/translations/' }],
    ],
  },
});
