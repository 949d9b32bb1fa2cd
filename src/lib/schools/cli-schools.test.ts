import { describe, expect, it } from 'vitest';
import { UsageError } from '../routes/cli-routes.ts';
import { testCatalogue } from '../routes/test-catalogue.ts';
import { schoolsCommand } from './cli-schools.ts';

const catalogue = testCatalogue();
const postcodes = { '9000': { name: 'Gent', municipality: 'Gent', lat: 51.054, lon: 3.725 }, '2000': { name: 'Antwerpen', municipality: 'Antwerpen', lat: 51.219, lon: 4.402 } };
const schools = [
  { id: 'latijn-school-1-1', name: 'Latijnschool', postcode: '9000', coordinates: { lat: 51.06, lon: 3.73 }, studies: ['latijn-2de-graad'] },
  { id: 'tech-2-1', name: 'Technische school', postcode: '2000', coordinates: { lat: 51.22, lon: 4.41 }, studies: ['elektriciteit-2de-graad', 'elektriciteit-3de-graad'] },
  { id: 'ver-3-1', name: 'Verre school', postcode: '2900', coordinates: { lat: 51.3, lon: 4.5 }, studies: ['elektriciteit-3de-graad'] },
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

  it('lists the schools of the postcode itself past the distance, after those within it, at their own distance', () => {
    const edge = { id: 'rand-4-1', name: 'Randschool', postcode: '9000', coordinates: { lat: 51.11, lon: 3.725 }, studies: ['latijn-2de-graad'] };
    const all = [...schools, edge];
    expect(schoolsCommand(catalogue, all, postcodes, ['--near', '9000', '--max-km', '3']).map((s) => [s.id, s.km])).toEqual([['latijn-school-1-1', 0.8], ['rand-4-1', 6.2]]);
    expect(schoolsCommand(catalogue, all, postcodes, ['--near', '9000', '--study', 'Latijn', '--max-km', '1']).map((s) => s.id)).toEqual(['latijn-school-1-1', 'rand-4-1']);
    // Not for another postcode, and not from a point: there the limit is the limit.
    expect(schoolsCommand(catalogue, all, postcodes, ['--near', '2000', '--max-km', '30']).map((s) => s.id)).toEqual(['tech-2-1', 'ver-3-1']);
    expect(schoolsCommand(catalogue, all, postcodes, ['--near', '51.054,3.725', '--max-km', '3']).map((s) => s.id)).toEqual(['latijn-school-1-1']);
  });

  it('takes a point (lat,lon) instead of a postcode', () => {
    expect(run('--near', '51.22,4.41').map((s) => [s.id, s.km])).toEqual([['tech-2-1', 0], ['ver-3-1', 10.9], ['latijn-school-1-1', 50.7]]);
    expect(run('--near', '51.06, 3.73', '--max-km', '1').map((s) => s.id)).toEqual(['latijn-school-1-1']);
    expect(() => run('--near', '48.85,2.35')).toThrow(/ligt niet in België/);
    expect(() => run('--near', '51.2;4.4')).toThrow(/geen postcode/);
  });

  it('names where the offer is for an address without offer of its own', () => {
    const campus = { id: 'tech-2-9', name: 'Technische school', postcode: '2000', coordinates: { lat: 51.221, lon: 4.411 }, studies: [], offerAt: ['tech-2-1'] };
    const answer = schoolsCommand(catalogue, [...schools, campus], postcodes, ['--near', '2000', '--max-km', '1']);
    expect(answer.find((s) => s.id === 'tech-2-9')).toMatchObject({ offers: [], offerAt: ['tech-2-1'] });
    expect(schoolsCommand(catalogue, [...schools, campus], postcodes, ['--near', '2000', '--study', 'elektriciteit-2de-graad']).map((s) => s.id)).toEqual(['tech-2-1']);
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
