/** Dutch number formats for the finder: "1,2 km". */
const KM = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * "1,2 km", for a distance rounded to 0.1 km as the finder gives them. Under 1,000 km a decimal comma is all Dutch
 * needs; Intl's formatter (grouping beyond that) cost more than the rest of a list row on every filter change.
 */
export function formatKm(km: number | null): string {
  if (km === null) return 'afstand onbekend';
  return `${Math.abs(km) < 1000 ? km.toFixed(1).replace('.', ',') : KM.format(km)} km`;
}

/** "2026-11-23" → "23 november 2026"; anything else is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
