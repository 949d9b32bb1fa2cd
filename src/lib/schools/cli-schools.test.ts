import { describe, expect, it } from 'vitest';
import { UsageError } from '../routes/cli-routes.ts';
import { testCatalogue } from '../routes/test-catalogue.ts';
import { schoolsCommand } from './cli-schools.ts';

const catalogue = testCatalogue();
const postcodes = { '9000': { name: 'Gent', municipality: 'Gent', lat: 51.054, lon: 3.725 }, '2000': { name: 'Antwerpen', municipality: 'Antwerpen', lat: 51.219, lon: 4.402 } };
const schools = [
  { id: 'latijn-school-1-1', name: 'Latijnschool', postcode: '9000', coordinates: { lat: 51.06, lon: 3.73 }, studies: ['latijn-2de-graad'] },
  { id: 'tech-2-1', name: 'Technische school', postcode: '2000', coordinates: { lat: 51.22, lon: 4.41 }, studies: ['elektriciteit-2de-graad', 'elektriciteit-3de-graad'] },
  { id: 'ver-3-1', name: 'Verre school', postcode: '2000', coordinates: { lat: 51.3, lon: 4.5 }, studies: ['elektriciteit-3de-graad'] },
];
const run = (...args: string[]) => schoolsCommand(catalogue, schools, postcodes, args);

describe('schools command', () => {
  it('lists schools nearest first with their distance and offer', () => {
    const answer = run('--near', '2000');
    expect(answer.map((s) => s.id)).toEqual(['tech-2-1', 'ver-3-1', 'latijn-school-1-1']);
    expect(answer[0]).toEqual({ id: 'tech-2-1', name: 'Technische school', postcode: '2000', km: 0.6, offers: ['elektriciteit-2de-graad', 'elektriciteit-3de-graad'] });
  });

  it('filters by study (a name in two graden matches both) and by distance', () => {
    expect(run('--near', '9000', '--study', 'Elektriciteit').map((s) => s.id)).toEqual(['tech-2-1', 'ver-3-1']);
    expect(run('--near', '2000', '--study', 'elektriciteit-3de-graad', '--max-km', '5').map((s) => s.id)).toEqual(['tech-2-1']);
  });

  it('rejects an unknown postcode or study clearly', () => {
    expect(() => run('--near', '7000')).toThrow(UsageError);
    expect(() => run('--near', '7000')).toThrow(/Onbekende postcode 7000/);
    expect(() => run('--near', 'Gent')).toThrow(/geen postcode/);
    expect(() => run('--near', '9000', '--study', 'Latjin')).toThrow(/Onbekende studie "Latjin"\.\nBedoel je:\n  - Latijn/);
    expect(() => run('--near', '9000', '--max-km', '-3')).toThrow(/--max-km/);
    expect(() => run()).toThrow(/--near/);
  });
});
