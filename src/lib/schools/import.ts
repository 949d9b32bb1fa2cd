/**
 * Turns the official school data of the Flemish education administration into our school records: from the public
 * export format (one record per location with its schools and their offer) and from the open-data API (locations,
 * institutions and the offer per location, joined here). Broken records are reported and skipped, the rest is
 * imported; offers that match no study page are reported by name; personal data (phone, e-mail) is never kept.
 * Pure and deterministic: the same input gives the same records in the same order.
 */
import { slugify } from '../content/slug.ts';
import { matchOffer, parseOfferName, unmatchedBasisopties, type OfferFinaliteit, type OfferName, type StudyKey } from './offer-name.ts';

export type Net = 'GO!' | 'officieel gesubsidieerd' | 'vrij gesubsidieerd' | 'onafhankelijk';

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
  /** Province of the address as the source names it ("Antwerpen", …, "Brussel"). */
  province?: string;
  /** The address this record shares with the other schools at the same place ("postcode|straat|huisnummer"). */
  locationId?: string;
  /** True at the school's main address (hoofdzetel), where the source says so. */
  mainAddress?: boolean;
  /** False for a school that is recognised but not subsidised (statusErkenning "E"), where the source says so. */
  subsidised?: boolean;
  /** Pupils of the whole school (all its addresses), rounded; the source counts some schools in halves. */
  pupils?: number;
  website?: string;
  /** Study page ids this location offers, sorted. Empty when the official data lists the offer at another address. */
  studies: string[];
  /** Study page ids offered as duaal leren, sorted. */
  duaal: string[];
  /**
   * Only on records without an offer of their own: the records of the same school (schoolnummer) where the official
   * data lists its offer, main address first. Empty when the data lists no offer for the school anywhere.
   */
  offerAt?: string[];
  officialPage?: string;
  /** The school year the offer is for ("2026-2027"), when the caller gives it. */
  schoolYear?: string;
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
  schoolYear?: string;
}

export interface ImportReport {
  /** Addresses imported (each with at least one school). */
  locations: number;
  /** School records written (a school at one address). */
  schools: number;
  /** Of those, records with an offer of their own. */
  withOffer: number;
  /** Offered programmes (codes per school and address) that map onto at least one study page. */
  offerings: number;
  /** Offer names (with code, where the source gives one) that match no study page, with how often and why. */
  unmapped: { name: string; code?: string; count: number; reason: string }[];
  /** Schools without coordinates (imported, but they cannot be placed on the map or sorted by distance). */
  missingCoordinates: string[];
  /** Addresses or schools that could not be read, with why; they were skipped (one school never drops its address). */
  broken: { where: string; reason: string }[];
  /** Websites that are not usable links (kept out). */
  badWebsites: { school: string; website: string }[];
  /** Schools kept without an offer here because the official data lists their offer at another address. */
  offerElsewhere: string[];
  /** Schools for which the official data lists no offer at any address (kept as a location, with no offer). */
  withoutOffer: string[];
  /** Schools whose pupil count is not a whole number in the source (rounded). */
  fractionalPupils: string[];
}

/** One offered programme of a school in the export. */
export interface ExportOffer {
  naam: string;
  code?: string | number;
  duaal?: boolean;
  /** The official dictionary's finaliteit ("Doorstroom", "Dubbel", "Arbeidsmarkt"); tells apart pages with the same name. */
  finaliteit?: string | null;
}

/** The dictionary's finaliteit in the words of our study pages. */
const FINALITEIT: Record<string, OfferFinaliteit> = {
  dubbel: 'dubbele-finaliteit',
  'dubbele finaliteit': 'dubbele-finaliteit',
  'dubbele-finaliteit': 'dubbele-finaliteit',
  arbeidsmarkt: 'arbeidsmarkt',
  doorstroom: 'doorstroom',
};
const finaliteitOf = (raw: unknown): OfferFinaliteit | undefined => (typeof raw === 'string' ? FINALITEIT[raw.trim().toLowerCase()] : undefined);

/** One record of the public export (`vestigingen.json`). */
export interface ExportLocation {
  id?: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  gemeente: string;
  provincie?: string;
  niscode?: string;
  lat: number | null;
  lon: number | null;
  scholen: {
    schoolnummer: string;
    internVplnummer: string;
    naam: string;
    net: string;
    isHoofdzetel?: boolean;
    statusErkenning?: string | null;
    aantalLeerlingen?: number | null;
    soortBestuur?: string | null;
    levensbeschouwing?: string | null;
    scholengemeenschap?: string | null;
    website?: string | null;
    linkFiche?: string | null;
    leerlingenkenmerken?: { aantalLeerlingen?: number | null } | null;
    richtingen: ExportOffer[];
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
  // Recognised schools outside the subsidised nets (statusErkenning "E", e.g. Safe college, Arkades).
  onafhankelijk: 'onafhankelijk',
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

/** Checks the address of one export record; returns a reason when it cannot be used. */
function locationProblem(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return 'geen object';
  const r = record as Record<string, unknown>;
  for (const field of ['straat', 'postcode', 'gemeente'] as const) if (!isText(r[field])) return `veld "${field}" ontbreekt`;
  if (!/^\d{4}$/.test(String(r.postcode))) return `postcode "${String(r.postcode)}" heeft geen 4 cijfers`;
  if (!Array.isArray(r.scholen)) return 'veld "scholen" is geen lijst';
  if (r.scholen.length === 0) return 'geen enkele school op dit adres';
  return null;
}

/** Checks one school of a record; a bad school is skipped alone, the rest of its address stays. */
function schoolProblem(s: unknown, i: number): string | null {
  if (typeof s !== 'object' || s === null) return `scholen.${i} is geen object`;
  const school = s as Record<string, unknown>;
  for (const field of ['schoolnummer', 'naam', 'net'] as const) if (!isText(school[field]) && typeof school[field] !== 'number') return `scholen.${i}.${field} ontbreekt`;
  if (!NETS[String(school.net).toLowerCase()]) return `scholen.${i}.net "${String(school.net)}" is onbekend`;
  if (!Array.isArray(school.richtingen)) return `scholen.${i}.richtingen is geen lijst`;
  return null;
}

/** Why an offer maps onto no page; null when it maps. */
function offerReason(offer: ExportOffer, studies: StudyKey[]): { ids: string[]; reason: string | null; parsed: OfferName | null } {
  if (!isText(offer?.naam)) return { ids: [], parsed: null, reason: offer?.code !== undefined ? `code ${offer.code} staat niet in het woordenboek van de bron` : 'aanbod zonder naam' };
  const parsed = parseOfferName(offer.naam);
  if (!parsed) return { ids: [], parsed, reason: 'de naam volgt geen bekend patroon (leerjaar, graad, 7e leerjaar, OKAN, HBO5)' };
  const finaliteit = finaliteitOf(offer.finaliteit);
  const ids = matchOffer(parsed, studies, finaliteit);
  if (ids.length > 0) return { ids, parsed, reason: null };
  if (parsed.graad === null) return { ids, parsed, reason: `geen studiepagina van de soort "${parsed.kind}"` };
  if (parsed.graad === 1) return { ids, parsed, reason: `geen pagina voor het ${parsed.leerjaar}e leerjaar ${parsed.stroom}` };
  return { ids, parsed, reason: `geen studiepagina "${parsed.richting}" in ${parsed.leerjaar === 3 && parsed.graad === 3 && /^7e/i.test(offer.naam) ? 'de 7de jaren' : `de ${parsed.graad}de graad`}${parsed.finaliteit || finaliteit ? ` met finaliteit ${parsed.finaliteit ?? finaliteit}` : ''}` };
}

/** The study pages one offered programme maps onto (empty when it maps onto none; the import report says why). */
export const offerPages = (offer: ExportOffer, studies: StudyKey[]): string[] => offerReason(offer, studies).ids;

/** Pupils as a whole number: the source counts pupils shared between addresses in halves (940.5). */
function pupilsOf(s: ExportLocation['scholen'][number]): { pupils?: number; fractional: boolean } {
  const raw = s.aantalLeerlingen ?? s.leerlingenkenmerken?.aantalLeerlingen;
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) return { fractional: false };
  return { pupils: Math.round(raw), fractional: !Number.isInteger(raw) };
}

export function importExport(records: unknown[], studies: StudyKey[], stamp?: ImportStamp): { schools: ImportedSchool[]; report: ImportReport } {
  const report: ImportReport = {
    locations: 0, schools: 0, withOffer: 0, offerings: 0, unmapped: [], missingCoordinates: [], broken: [], badWebsites: [],
    offerElsewhere: [], withoutOffer: [], fractionalPupils: [],
  };
  const unmapped = new Map<string, { name: string; code?: string; count: number; reason: string }>();
  const noteUnmapped = (name: string, rawCode: string | number | undefined, reason: string) => {
    const code = rawCode === undefined ? undefined : String(rawCode);
    const key = `${code ?? ''}|${name}|${reason}`;
    const entry = unmapped.get(key) ?? { name, ...(code ? { code } : {}), count: 0, reason };
    entry.count += 1;
    unmapped.set(key, entry);
  };
  const schools = new Map<string, ImportedSchool>();
  const addressOf = new Map<string, string>();
  records.forEach((record, index) => {
    const problem = locationProblem(record);
    const r = record as ExportLocation;
    const address = isText((record as { straat?: unknown } | null)?.straat) ? `${r.straat} ${r.huisnummer ?? ''}`.trim() + `, ${r.postcode}` : null;
    const where = `record ${index}${address ? ` (${address})` : ''}`;
    if (problem) {
      report.broken.push({ where, reason: problem });
      return;
    }
    const coordinates = isCoordinate(r.lat, 49, 52) && isCoordinate(r.lon, 2, 7) ? { lat: r.lat, lon: r.lon } : null;
    let kept = 0;
    for (const [i, s] of r.scholen.entries()) {
      const bad = schoolProblem(s, i);
      if (bad) {
        report.broken.push({ where: `${where}, ${isText((s as { naam?: unknown } | null)?.naam) ? s.naam : `school ${i}`}`, reason: bad });
        continue;
      }
      const net = NETS[String(s.net).toLowerCase()]!;
      const name = String(s.naam).trim();
      const id = `${slugify(name)}-${s.schoolnummer}-${s.internVplnummer}`;
      const label = `${name} (${address})`;
      if (schools.has(id)) {
        report.broken.push({ where: `${where}, ${name}`, reason: `schoolnummer ${s.schoolnummer} vestigingsplaats ${s.internVplnummer} staat al op ${addressOf.get(id)}` });
        continue;
      }
      const studiesHere = new Set<string>();
      const duaalHere = new Set<string>();
      for (const offer of s.richtingen) {
        const { ids, parsed, reason } = offerReason(offer, studies);
        if (parsed?.graad === 1) {
          for (const optie of unmatchedBasisopties(parsed, studies)) noteUnmapped(offer.naam, offer.code, `optie "${optie}" heeft geen eigen pagina (het leerjaar zelf is wel gekoppeld)`);
        }
        if (reason !== null) {
          noteUnmapped(isText(offer?.naam) ? offer.naam : '(naamloos aanbod)', offer?.code, reason);
          continue;
        }
        report.offerings += 1;
        for (const page of ids) studiesHere.add(page);
        if (offer.duaal === true || (parsed && 'duaal' in parsed && parsed.duaal)) ids.forEach((page) => duaalHere.add(page));
      }
      const site = website(s.website);
      if (s.website && !site) report.badWebsites.push({ school: name, website: s.website });
      const koepel = koepelOf(net, s.soortBestuur, s.levensbeschouwing, String(s.net));
      const { pupils, fractional } = pupilsOf(s);
      if (fractional) report.fractionalPupils.push(`${label}: ${String(s.aantalLeerlingen ?? s.leerlingenkenmerken?.aantalLeerlingen)}`);
      const official = s.linkFiche ? website(s.linkFiche) : null;
      schools.set(id, {
        id,
        name,
        schoolnummer: String(s.schoolnummer),
        vestiging: String(s.internVplnummer),
        net,
        ...(koepel ? { koepel } : {}),
        address: { street: r.straat.trim(), number: String(r.huisnummer ?? '').trim(), postcode: String(r.postcode), municipality: r.gemeente.trim() },
        coordinates,
        ...(isText(r.provincie) ? { province: r.provincie.trim() } : {}),
        ...(isText(r.id) ? { locationId: r.id } : {}),
        ...(typeof s.isHoofdzetel === 'boolean' ? { mainAddress: s.isHoofdzetel } : {}),
        ...(s.statusErkenning === 'S' || s.statusErkenning === 'E' ? { subsidised: s.statusErkenning === 'S' } : {}),
        ...(pupils !== undefined ? { pupils } : {}),
        ...(site ? { website: site } : {}),
        studies: [...studiesHere].sort(),
        duaal: [...duaalHere].sort(),
        ...(official ? { officialPage: official } : {}),
        ...(stamp?.schoolYear ? { schoolYear: stamp.schoolYear } : {}),
        ...(stamp ? { source: { title: stamp.sourceTitle, url: official || stamp.fallbackUrl }, checked: stamp.checked } : {}),
      });
      addressOf.set(id, address!);
      kept += 1;
      if (!coordinates) report.missingCoordinates.push(label);
    }
    if (kept > 0) report.locations += 1;
  });
  // A school without an offer at this address points to the addresses where the data lists it (main address first).
  const bySchool = new Map<string, ImportedSchool[]>();
  for (const school of schools.values()) bySchool.set(school.schoolnummer, [...(bySchool.get(school.schoolnummer) ?? []), school]);
  for (const school of schools.values()) {
    if (school.studies.length > 0) continue;
    const elsewhere = (bySchool.get(school.schoolnummer) ?? [])
      .filter((other) => other.studies.length > 0)
      .sort((a, b) => Number(b.mainAddress === true) - Number(a.mainAddress === true) || a.id.localeCompare(b.id));
    school.offerAt = elsewhere.map((other) => other.id);
    const label = `${school.name} (${addressOf.get(school.id)})`;
    if (elsewhere.length > 0) report.offerElsewhere.push(label);
    else report.withoutOffer.push(label);
  }
  report.schools = schools.size;
  report.withOffer = [...schools.values()].filter((s) => s.studies.length > 0).length;
  report.unmapped = [...unmapped.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
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
