/**
 * The province (or Brussels) of a postcode of Flanders and Brussels, by the ranges bpost gives out: for a place
 * typed in the finder or a record without its province (the imported records carry it: provinces.ts).
 */
import type { ProvinceName } from './provinces.ts';

export function provinceOf(postcode: string): ProvinceName | null {
  const pc = Number(postcode);
  if (!/^\d{4}$/.test(postcode)) return null;
  if (pc >= 1000 && pc < 1300) return 'Brussel';
  if ((pc >= 1500 && pc < 2000) || (pc >= 3000 && pc < 3500)) return 'Vlaams-Brabant';
  if (pc >= 2000 && pc < 3000) return 'Antwerpen';
  if (pc >= 3500 && pc < 4000) return 'Limburg';
  if (pc >= 8000 && pc < 9000) return 'West-Vlaanderen';
  if (pc >= 9000 && pc < 10000) return 'Oost-Vlaanderen';
  return null; // Wallonia
}
