/**
 * Browser enhancement of the catalogue: facet links become toggles that combine (AND across facets, OR within one),
 * the list filters instantly and the URL query keeps the selection so it can be bookmarked or shared.
 */
import {
  FACETS,
  matches,
  selectionFromParams,
  selectionToParams,
  toggle,
  type Facet,
  type FacetValues,
  type Selection,
} from '../lib/catalogue/facets.ts';

export function initCatalogueFilter(): void {
  const root = document.querySelector<HTMLElement>('[data-catalogue]');
  if (!root) return;
  const items = [...root.querySelectorAll<HTMLLIElement>('[data-list] > li')].map((li) => ({
    li,
    values: JSON.parse(li.dataset.values ?? '{}') as Partial<FacetValues>,
  }));
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const countEl = root.querySelector<HTMLElement>('[data-count]');
  const shortCount = root.querySelector<HTMLElement>('[data-count-short]');
  const countWord = root.querySelector<HTMLElement>('[data-count-word]');

  // A pre-rendered facet page (/catalogus/domein/stem/, /catalogus/stroom/A/) starts from its own value; the query
  // adds to it.
  const pageSelection: Selection = {};
  const pathMatch = /^\/catalogus\/([a-z]+)\/([A-Za-z0-9-]+)\/?$/.exec(location.pathname);
  if (pathMatch && (FACETS as readonly string[]).includes(pathMatch[1]!)) {
    pageSelection[pathMatch[1] as Facet] = [pathMatch[2]!];
  }
  let selection: Selection = { ...pageSelection, ...selectionFromParams(new URLSearchParams(location.search)) };

  function apply(): void {
    let count = 0;
    for (const { li, values } of items) {
      const show = matches(values, selection);
      li.hidden = !show;
      if (show) count += 1;
    }
    for (const link of links) {
      const selected = selection[link.dataset.facet as Facet]?.includes(link.dataset.value ?? '') ?? false;
      link.setAttribute('role', 'button');
      link.setAttribute('aria-pressed', String(selected));
      link.removeAttribute('aria-current');
    }
    if (shortCount) shortCount.textContent = String(count);
    if (countWord) countWord.textContent = count === 1 ? 'studie' : 'studies';
    const labels = links.filter((l) => l.getAttribute('aria-pressed') === 'true').map((l) => l.textContent?.trim());
    if (countEl) {
      countEl.innerHTML = '';
      const strong = document.createElement('span');
      strong.className = 'result-count';
      strong.textContent = String(count);
      countEl.append(strong, ` ${count === 1 ? 'studie' : 'studies'}${labels.length > 0 ? ` voor: ${labels.join(', ')}` : ''}`);
      // Facets combine with AND, so two choices can exclude each other (7de jaar and a finaliteit): say what to do.
      if (count === 0 && labels.length > 1) countEl.append('. Samen passen deze filters bij geen enkele studie: zet er een uit.');
    }
  }

  function update(next: Selection): void {
    selection = next;
    const query = selectionToParams(selection).toString();
    history.replaceState(null, '', `/catalogus/${query ? `?${query}` : ''}`);
    apply();
  }

  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      update(toggle(selection, link.dataset.facet as Facet, link.dataset.value ?? ''));
    });
    // role=button: Space must work as well as Enter.
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        link.click();
      }
    });
  }
  root.querySelector<HTMLAnchorElement>('[data-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    update({});
  });
  apply();
}
