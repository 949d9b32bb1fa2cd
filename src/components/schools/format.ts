/** Dutch number formats for the finder: "1,2 km". */
const KM = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatKm(km: number | null): string {
  return km === null ? 'afstand onbekend' : `${KM.format(km)} km`;
}

/** "2026-11-23" → "23 november 2026"; anything else is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
