import { describe, expect, it } from 'vitest';
import { pageShape, sampledTemplateOf, schoolIdOfUrl, schoolSample, templateSample, type SampleSchool } from './audit-sample.ts';

const school = (id: string, extra: Partial<SampleSchool> = {}): SampleSchool => ({ id, net: 'GO!', postcode: '9000', studies: 10, located: true, ...extra });

describe('the sample of school pages the audit crawls', () => {
  it('takes one school per province, net, offer and coordinates, plus the longest and shortest offer', () => {
    const schools = [
      school('b-gent'), school('a-gent'), school('c-gent-groot', { studies: 90 }),
      school('d-brugge', { postcode: '8000' }), school('e-brugge-vrij', { postcode: '8000', net: 'vrij gesubsidieerd' }),
      school('f-campus', { studies: 0 }), school('g-zonder-punt', { located: false }), school('h-klein', { studies: 1 }),
    ];
    expect(schoolSample(schools)).toEqual(['a-gent', 'c-gent-groot', 'd-brugge', 'e-brugge-vrij', 'f-campus', 'g-zonder-punt', 'h-klein']);
  });

  it('is the same whatever the order of the input', () => {
    const schools = Array.from({ length: 200 }, (_, i) => school(`s${i}`, { postcode: String(1000 + ((i * 97) % 9000)), net: ['GO!', 'vrij gesubsidieerd'][i % 2]!, studies: i % 7 }));
    const sample = schoolSample(schools);
    expect(schoolSample([...schools].reverse())).toEqual(sample);
    expect(sample.length).toBeLessThan(60);
  });

  it('knows a school page by its URL', () => {
    expect(schoolIdOfUrl('/scholen/sint-jan-123-1/')).toBe('sint-jan-123-1');
    expect(schoolIdOfUrl('/scholen/zoeken/')).toBeNull();
    expect(schoolIdOfUrl('/scholen/')).toBeNull();
    expect(schoolIdOfUrl('/studies/latijn-2de-graad/')).toBeNull();
  });
});

describe('the sample of other many-page templates (programmes, beroepen)', () => {
  const page = (url: string, sections: string[], extra = '') => ({ url, html: `<h1>x</h1>${sections.map((h) => `<h2>${h}</h2><a href="/">a</a>`).join('')}${extra}` });

  it('takes the first page of every shape and the page with the most links', () => {
    const pages = [
      page('/beroepen/c/', ['Richtingen', 'Opleidingen']),
      page('/beroepen/a/', ['Richtingen']),
      page('/beroepen/b/', ['Richtingen', 'Opleidingen']),
      page('/beroepen/d/', ['Richtingen'], '<a href="/">1</a><a href="/">2</a><a href="/">3</a>'),
      page('/beroepen/e/', ['Richtingen'], '<p class="notice">let op</p>'),
    ];
    expect(templateSample(pages)).toEqual(['/beroepen/a/', '/beroepen/b/', '/beroepen/d/', '/beroepen/e/']);
    expect(templateSample([...pages].reverse())).toEqual(templateSample(pages));
  });

  it('sees numbers in headings as the same shape, and caps the number of shapes', () => {
    expect(pageShape('<h2>3 scholen</h2>')).toBe(pageShape('<h2>12 scholen</h2>'));
    const many = Array.from({ length: 40 }, (_, i) => page(`/hoger-onderwijs/p${String(i).padStart(2, '0')}/`, [`Sectie ${String.fromCharCode(65 + i)}`]));
    expect(templateSample(many, 10).length).toBeLessThanOrEqual(11);
  });

  it('knows the pages of a sampled template, not its index', () => {
    expect(sampledTemplateOf('/beroepen/verpleegkundige/')).toBe('/beroepen/');
    expect(sampledTemplateOf('/hoger-onderwijs/bachelor-in-de-psychologie/')).toBe('/hoger-onderwijs/');
    expect(sampledTemplateOf('/beroepen/')).toBeNull();
    expect(sampledTemplateOf('/studies/latijn-2de-graad/')).toBeNull();
  });
});

describe('the shape of a page', () => {
  it('tells apart pages whose main content uses other elements or classes, whatever the text', () => {
    const main = (inner: string) => `<html><body><nav class="site">x</nav><main class="wrap astro-abc">${inner}</main></body></html>`;
    const open = main('<h2>Routes</h2><ul><li class="status status-open">a</li></ul>');
    const closed = main('<h2>Routes</h2><ul><li class="status status-uitgesloten">a</li></ul>');
    const folded = main('<h2>Routes</h2><details><summary>Toon alle 9</summary><ul><li class="status status-open">b</li></ul></details>');
    expect(pageShape(open)).not.toBe(pageShape(closed));
    expect(pageShape(open)).not.toBe(pageShape(folded));
    expect(pageShape(open)).toBe(pageShape(main('<h2>Routes</h2><ul><li class="status status-open">other text</li><li class="status status-open">c</li></ul>')));
    expect(pageShape(open)).toBe(pageShape(open.replace('astro-abc', 'astro-xyz').replace('class="site"', 'class="other"')));
  });
});
