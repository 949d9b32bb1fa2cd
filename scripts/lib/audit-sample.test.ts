import { describe, expect, it } from 'vitest';
import { schoolIdOfUrl, schoolSample, type SampleSchool } from './audit-sample.ts';

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
