/** Every study page explains itself in the same three steps, and its text agrees with its official facts. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';

const root = join(import.meta.dirname, '../..');
const { studies } = loadContent(join(root, 'content'), root);

describe('study page texts', () => {
  it('have the sections "Wat leer je?" (or "Wat is het?"), "Voor wie?" and "Wat kan je daarna?"', () => {
    const missing = studies
      .filter((s) => {
        const headings = [...s.body.matchAll(/^## (.*)$/gm)].map((m) => m[1]!.trim());
        return !(
          (headings.includes('Wat leer je?') || headings.includes('Wat is het?')) &&
          headings.includes('Voor wie?') &&
          headings.includes('Wat kan je daarna?')
        );
      })
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it('mention duaal leren exactly when the richting is (also) duaal', () => {
    const wrong = studies
      .filter((s) => {
        const mentions = /duaal/i.test(s.body);
        return s.data.duaal !== 'nee' ? !mentions : /(Deze richting|Dit 7de jaar) bestaat (ook|alleen) als duaal leren/.test(s.body);
      })
      .map((s) => s.id);
    expect(wrong).toEqual([]);
  });

  it('describe richtingen with arbeidsmarktfinaliteit in the 3de graad with the graduaat route', () => {
    const wrong = studies
      .filter((s) => s.data.kind === 'studierichting' && s.data.graad === 3 && s.data.finaliteit === 'arbeidsmarkt')
      .filter((s) => !/graduaat/i.test(s.body))
      .map((s) => s.id);
    expect(wrong).toEqual([]);
  });
});
