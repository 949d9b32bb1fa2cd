/**
 * Turns the official school data of the Flemish education administration into our school records: from the public
 * export format (one record per location with its schools and their offer) and from the open-data API (locations,
 * institutions and the offer per location, joined here). Broken records are reported and skipped, the rest is
 * imported; offers that match no study page are reported by name; personal data (phone, e-mail) is never kept.
 * Pure and deterministic: the same input gives the same records in the same order.
 */
import { slugify } from '../content/slug.ts';
import { matchOffer, parseOfferName, type StudyKey } from './offer-name.ts';

export type Net = 'GO!' | 'officieel gesubsidieerd' | 'vrij gesubsidieerd';

export interface ImportedSchool {
  id: string;
  name: string;
  schoolnummer: string;
  vestiging: string;
  net: Net;
  /** The umbrella organisation, only where the source states the board or levensbeschouwing it follows from. */
  koepel?: string;
  address: { street: string; number: string; postcode: string; municipality: string };
  coordinates: { lat: number; lon: number } | null;
  website?: string;
  /** Study page ids this location offers, sorted. */
  studies: string[];
  /** Study page ids offered as duaal leren, sorted. */
  duaal: string[];
  officialPage?: string;
  /** Where the record comes from and when it was imported; added when the caller gives a stamp. */
  source?: { title: string; url: string };
  checked?: string;
}

/** What every imported record says about its provenance. */
export interface ImportStamp {
  sourceTitle: string;
  /** Used when a school has no official page of its own. */
  fallbackUrl: string;
  checked: string;
}

export interface ImportReport {
  locations: number;
  schools: number;
  /** Offer names that match no study page, with how often they occur. */
  unmapped: { name: string; count: number }[];
  /** Schools without coordinates (imported, but they cannot be placed on the map or sorted by distance). */
  missingCoordinates: string[];
  /** Records that could not be read, with why; they were skipped. */
  broken: { where: string; reason: string }[];
  /** Websites that are not usable links (kept out). */
  badWebsites: { school: string; website: string }[];
  /** Schools without any offer we could map (kept out: nothing to show a parent). */
  withoutOffer: string[];
}

/** One record of the public export (`vestigingen.json`). */
export interface ExportLocation {
  straat: string;
  huisnummer: string;
  postcode: string;
  gemeente: string;
  lat: number | null;
  lon: number | null;
  scholen: {
    schoolnummer: string;
    internVplnummer: string;
    naam: string;
    net: string;
    soortBestuur?: string | null;
    levensbeschouwing?: string | null;
    website?: string | null;
    linkFiche?: string | null;
    richtingen: { naam: string; duaal?: boolean }[];
  }[];
}

const NETS: Record<string, Net> = {
  'go!': 'GO!',
  gemeenschapsonderwijs: 'GO!',
  'officieel gesubsidieerd': 'officieel gesubsidieerd',
  'officieel gesubsidieerd onderwijs': 'officieel gesubsidieerd',
  // The export names the two kinds of officieel gesubsidieerd onderwijs by their board.
  gemeentelijk: 'officieel gesubsidieerd',
  provinciaal: 'officieel gesubsidieerd',
  'vrij gesubsidieerd': 'vrij gesubsidieerd',
  'vrij gesubsidieerd onderwijs': 'vrij gesubsidieerd',
};

/** The koepel, only when the board type or levensbeschouwing in the source says it. */
function koepelOf(net: Net, bestuur: string | null | undefined, levensbeschouwing: string | null | undefined, netRaw = ''): string | undefined {
  if (net === 'GO!') return 'GO! onderwijs van de Vlaamse Gemeenschap';
  const b = `${bestuur ?? ''} ${netRaw}`.toLowerCase();
  if (net === 'officieel gesubsidieerd' && /gemeente|gemeentelijk|stad/.test(b)) return 'OVSG';
  if (net === 'officieel gesubsidieerd' && /provincie|provinciaal/.test(b)) return 'POV';
  if (net === 'vrij gesubsidieerd' && /katholiek/i.test(levensbeschouwing ?? '')) return 'Katholiek Onderwijs Vlaanderen';
  return undefined;
}

/** A usable https/http link without user info (the source has mailbox names like "https://x@school.be"). */
function website(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.startsWith('http') ? raw : `https://${raw}`);
    if (url.username || url.password || !/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return null;
    return url.toString();
  } catch {
    return null;
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isCoordinate = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** Checks one export record; returns a reason when it cannot be used. */
function problemWith(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return 'geen object';
  const r = record as Record<string, unknown>;
  for (const field of ['straat', 'postcode', 'gemeente'] as const) if (!isText(r[field])) return `veld "${field}" ontbreekt`;
  if (!/^\d{4}$/.test(String(r.postcode))) return `postcode "${String(r.postcode)}" heeft geen 4 cijfers`;
  if (!Array.isArray(r.scholen)) return 'veld "scholen" is geen lijst';
  for (const [i, s] of (r.scholen as unknown[]).entries()) {
    if (typeof s !== 'object' || s === null) return `scholen.${i} is geen object`;
    const school = s as Record<string, unknown>;
    for (const field of ['schoolnummer', 'naam', 'net'] as const) if (!isText(school[field]) && typeof school[field] !== 'number') return `scholen.${i}.${field} ontbreekt`;
    if (!NETS[String(school.net).toLowerCase()]) return `scholen.${i}.net "${String(school.net)}" is onbekend`;
    if (!Array.isArray(school.richtingen)) return `scholen.${i}.richtingen is geen lijst`;
  }
  return null;
}

export function importExport(records: unknown[], studies: StudyKey[], stamp?: ImportStamp): { schools: ImportedSchool[]; report: ImportReport } {
  const report: ImportReport = { locations: 0, schools: 0, unmapped: [], missingCoordinates: [], broken: [], badWebsites: [], withoutOffer: [] };
  const unmapped = new Map<string, number>();
  const schools = new Map<string, ImportedSchool>();
  records.forEach((record, index) => {
    const problem = problemWith(record);
    const r = record as ExportLocation;
    const where = `record ${index}${problem === null || isText((record as { straat?: unknown })?.straat) ? ` (${r.straat} ${r.huisnummer ?? ''}, ${r.postcode})` : ''}`;
    if (problem) {
      report.broken.push({ where, reason: problem });
      return;
    }
    report.locations += 1;
    const coordinates = isCoordinate(r.lat, 49, 52) && isCoordinate(r.lon, 2, 7) ? { lat: r.lat, lon: r.lon } : null;
    for (const s of r.scholen) {
      const net = NETS[String(s.net).toLowerCase()]!;
      const studiesHere = new Set<string>();
      const duaalHere = new Set<string>();
      for (const offer of s.richtingen) {
        const parsed = isText(offer?.naam) ? parseOfferName(offer.naam) : null;
        const ids = parsed ? matchOffer(parsed, studies) : [];
        if (ids.length === 0) {
          const name = isText(offer?.naam) ? offer.naam : '(naamloos aanbod)';
          unmapped.set(name, (unmapped.get(name) ?? 0) + 1);
          continue;
        }
        for (const id of ids) studiesHere.add(id);
        if (offer.duaal === true || (parsed && 'duaal' in parsed && parsed.duaal)) ids.forEach((id) => duaalHere.add(id));
      }
      const name = String(s.naam).trim();
      const id = `${slugify(name)}-${s.schoolnummer}-${s.internVplnummer}`;
      if (studiesHere.size === 0) {
        report.withoutOffer.push(`${name} (${r.straat} ${r.huisnummer}, ${r.postcode})`);
        continue;
      }
      const site = website(s.website);
      if (s.website && !site) report.badWebsites.push({ school: name, website: s.website });
      const koepel = koepelOf(net, s.soortBestuur, s.levensbeschouwing, String(s.net));
      schools.set(id, {
        id,
        name,
        schoolnummer: String(s.schoolnummer),
        vestiging: String(s.internVplnummer),
        net,
        ...(koepel ? { koepel } : {}),
        address: { street: r.straat.trim(), number: String(r.huisnummer ?? '').trim(), postcode: String(r.postcode), municipality: r.gemeente.trim() },
        coordinates,
        ...(site ? { website: site } : {}),
        studies: [...studiesHere].sort(),
        duaal: [...duaalHere].sort(),
        ...(s.linkFiche && website(s.linkFiche) ? { officialPage: website(s.linkFiche)! } : {}),
        ...(stamp
          ? { source: { title: stamp.sourceTitle, url: (s.linkFiche && website(s.linkFiche)) || stamp.fallbackUrl }, checked: stamp.checked }
          : {}),
      });
      if (!coordinates) report.missingCoordinates.push(name);
    }
  });
  report.schools = schools.size;
  report.unmapped = [...unmapped].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { schools: [...schools.values()].sort((a, b) => a.id.localeCompare(b.id)), report };
}

/** A page of the open-data API: `{ meta: { total_pages, last }, content: [] }`. */
export interface ApiPage {
  meta: { total_pages: number; last: boolean };
  content: unknown[];
}

/** Joins the pages of one endpoint, checking that none is missing or malformed. */
export function collectPages(pages: unknown[], endpoint: string): { content: unknown[]; problems: string[] } {
  const problems: string[] = [];
  const content: unknown[] = [];
  let total: number | null = null;
  pages.forEach((page, index) => {
    const p = page as Partial<ApiPage>;
    if (typeof p !== 'object' || p === null || !Array.isArray(p.content) || typeof p.meta?.total_pages !== 'number') {
      problems.push(`${endpoint}: pagina ${index} heeft niet de vorm { meta, content }`);
      return;
    }
    total ??= p.meta.total_pages;
    content.push(...p.content);
  });
  if (total !== null && pages.length < total) problems.push(`${endpoint}: ${pages.length} van ${total} pagina's gevonden`);
  const last = pages.at(-1) as Partial<ApiPage> | undefined;
  if (last && last.meta && last.meta.last === false) problems.push(`${endpoint}: de laatste pagina zegt dat er nog pagina's volgen`);
  return { content, problems };
}

/**
 * API records (instellingslocatie v1, instelling v2, ingerichteadministratievegroep v2; field names as in
 * shared/reference/data-sources.md) to export records, so both formats share one import.
 */
export function exportFromApi(locaties: unknown[], instellingen: unknown[], aanbod: unknown[]): { records: unknown[]; problems: string[] } {
  const problems: string[] = [];
  const byNummer = new Map<string, Record<string, unknown>>();
  for (const i of instellingen) {
    const r = i as Record<string, unknown>;
    if (r && (typeof r.instelling_nummer === 'string' || typeof r.instelling_nummer === 'number')) byNummer.set(String(r.instelling_nummer), r);
    else problems.push('instelling zonder instelling_nummer overgeslagen');
  }
  const offerBy = new Map<string, { naam: string; duaal: boolean }[]>();
  for (const a of aanbod) {
    const r = a as Record<string, unknown>;
    const key = `${String(r?.instelling_nummer)}|${String(r?.instellingslocatie_vestigingsnummer)}`;
    if (!isText(r?.administratievegroep_omschrijving)) {
      problems.push(`aanbod zonder omschrijving overgeslagen (${key})`);
      continue;
    }
    const list = offerBy.get(key) ?? [];
    list.push({ naam: r.administratievegroep_omschrijving, duaal: /duaal/i.test(r.administratievegroep_omschrijving) });
    offerBy.set(key, list);
  }
  const records = locaties.map((l) => {
    const r = (l ?? {}) as Record<string, unknown>;
    const nummer = String(r.instelling_nummer ?? '');
    const inst = byNummer.get(nummer) ?? {};
    const netRaw = (inst.instelling_net as { omschrijving?: string } | undefined)?.omschrijving;
    return {
      straat: r.instellingslocatie_straatnaam,
      huisnummer: r.instellingslocatie_huisnummer ?? '',
      postcode: r.instellingslocatie_postcode,
      gemeente: r.instellingslocatie_gemeente,
      lat: typeof r.gps_breedtegraad === 'number' ? r.gps_breedtegraad : r.gps_breedtegraad ? Number(r.gps_breedtegraad) : null,
      lon: typeof r.gps_lengtegraad === 'number' ? r.gps_lengtegraad : r.gps_lengtegraad ? Number(r.gps_lengtegraad) : null,
      scholen: [
        {
          schoolnummer: nummer,
          internVplnummer: String(r.instellingslocatie_vestigingsnummer ?? ''),
          naam: inst.instelling_naam_volledig ?? inst.instelling_naam,
          net: netRaw,
          levensbeschouwing: (inst.instelling_levensbeschouwing as { omschrijving?: string } | undefined)?.omschrijving ?? null,
          website: inst.instelling_website ?? null,
          linkFiche: nummer ? `https://data-onderwijs.vlaanderen.be/onderwijsaanbod/instelling?sn=${nummer}` : null,
          richtingen: offerBy.get(`${nummer}|${String(r.instellingslocatie_vestigingsnummer)}`) ?? [],
        },
      ],
    };
  });
  return { records, problems };
}
