/**
 * "Verder studeren" over the real content: the broad richtingen list the programmes their own page names first,
 * every list is deterministic, and after arbeidsmarktfinaliteit no bachelor is a direct step.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { preparesForHigherEducation, programmesAfter, type ProgrammeFit } from '../../src/lib/ho/aansluiting.ts';
import { toHoData } from '../../src/lib/ho/ho-data.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const data = toHoData(content.programmes, content.studiegebieden);
const after = (id: string) => programmesAfter(catalogue, catalogue.get(id)!, data);
const academic = (fits: ProgrammeFit[]) => fits.filter((f) => f.programme.kind === 'academische-bachelor');

describe('Verder studeren over the real content', () => {
  it('Wetenschappen-Wiskunde: the first academische bachelors are ingenieurs- or wetenschapsbachelors, before unrelated ones', () => {
    const fits = academic(after('wetenschappen-wiskunde-3de-graad'));
    const first = fits.slice(0, 4).map((f) => f.programme.studiegebied);
    for (const gebied of first) expect(['wetenschappen', 'toegepaste-wetenschappen']).toContain(gebied);
    const firstUnrelated = fits.findIndex((f) => ['taal-en-letterkunde', 'geschiedenis', 'rechten-notariaat-en-criminologische-wetenschappen'].includes(f.programme.studiegebied));
    const ingenieur = fits.findIndex((f) => f.programme.studiegebied === 'toegepaste-wetenschappen');
    expect(ingenieur).toBeGreaterThanOrEqual(0);
    expect(ingenieur).toBeLessThan(firstUnrelated);
  });

  it('Economie-Wiskunde: economie, handelswetenschappen or bedrijfskunde among the first four academische bachelors', () => {
    const first = academic(after('economie-wiskunde-3de-graad')).slice(0, 4);
    for (const f of first) expect(['economische-en-toegepaste-economische-wetenschappen', 'handelswetenschappen-en-bedrijfskunde'], f.programme.id).toContain(f.programme.studiegebied);
  });

  it('every link a broad richting shows first names the richting itself, with its reason', () => {
    for (const id of ['economie-wiskunde-3de-graad', 'wetenschappen-wiskunde-3de-graad', 'latijn-wiskunde-3de-graad', 'moderne-talen-wetenschappen-3de-graad', 'humane-wetenschappen-3de-graad']) {
      const [first] = after(id);
      expect(first?.link, id).toBe('richting');
      expect(first!.linkReasons.join(' '), id).toMatch(new RegExp(catalogue.get(id)!.name.split('-')[0]!, 'i'));
    }
  });

  it('is deterministic for every richting of the 3de graad and every 7de jaar, whatever the order of the programmes', () => {
    const shuffled = { ...data, programmes: [...data.programmes].reverse() };
    const studies = catalogue.studies.filter(preparesForHigherEducation);
    expect(studies.length).toBeGreaterThan(100);
    for (const study of studies) {
      const a = programmesAfter(catalogue, study, data).map((f) => f.programme.id);
      const b = programmesAfter(catalogue, study, shuffled).map((f) => f.programme.id);
      expect(b, study.id).toEqual(a);
    }
  });

  it('after arbeidsmarktfinaliteit, names no academische bachelor by a shared studiedomein alone (review: geneeskunde, rechten after Schoonheidsverzorging)', () => {
    const arbeidsmarkt = catalogue.studies.filter((s) => s.kind === 'studierichting' && s.graad === 3 && s.finaliteit === 'arbeidsmarkt');
    expect(arbeidsmarkt.length).toBeGreaterThan(40);
    let graduaten = 0;
    for (const study of arbeidsmarkt) {
      const fits = programmesAfter(catalogue, study, data);
      for (const f of academic(fits)) expect(f.explicit, `${study.id} → ${f.programme.id}`).toBe(true);
      // What stays: graduaten as the direct step, professionele bachelors after the voorbereidend 7de jaar.
      for (const f of fits) expect(f.programme.kind === 'graduaat' ? f.status : f.fit, `${study.id} → ${f.programme.id}`).toBe(f.programme.kind === 'graduaat' ? 'open' : 'later');
      graduaten += fits.filter((f) => f.programme.kind === 'graduaat').length;
    }
    expect(graduaten).toBeGreaterThan(0);
    const schoonheid = programmesAfter(catalogue, catalogue.get('schoonheidsverzorging-3de-graad')!, data).map((f) => f.programme.id);
    expect(schoonheid.some((id) => /geneeskunde|rechten|theologie/.test(id))).toBe(false);
    // A richting with doorstroom keeps its academische bachelors by domein.
    expect(academic(after('humane-wetenschappen-3de-graad')).some((f) => !f.explicit)).toBe(true);
  });

  it('never shows a bachelor as a direct step after a 6de jaar with arbeidsmarktfinaliteit', () => {
    const arbeidsmarkt = catalogue.richtingen(3).filter((s) => s.finaliteit === 'arbeidsmarkt' && s.leerjaren.includes(6));
    expect(arbeidsmarkt.length).toBeGreaterThan(0);
    for (const study of arbeidsmarkt) {
      for (const f of programmesAfter(catalogue, study, data).filter((x) => x.programme.kind !== 'graduaat')) {
        expect([f.fit, f.status], `${study.id} → ${f.programme.id}`).toEqual(['later', 'uitgesloten']);
      }
    }
  });
});
