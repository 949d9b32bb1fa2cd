/**
 * The search page: an ARIA combobox (input + listbox) over the search index, which is fetched only when the
 * search is first used. Arrow keys move through the options, Enter opens one, Escape clears.
 */
import { createSearchEngine, groupHits, type SearchEngine, type SearchHit } from '../lib/search/engine.ts';
import { GROUP_LABELS, type SearchRecord } from '../lib/search/records.ts';

export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const input = root?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const listbox = root?.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = root?.querySelector<HTMLElement>('[data-status]');
  if (!root || !input || !listbox || !status) return;

  let engine: Promise<SearchEngine> | undefined;
  let options: { element: HTMLLIElement; hit: SearchHit }[] = [];
  let active = -1;

  const loadEngine = () =>
    (engine ??= fetch('/data/search-index.json')
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<SearchRecord[]>;
      })
      .then(createSearchEngine));

  function setActive(index: number): void {
    options.forEach((o, i) => o.element.setAttribute('aria-selected', String(i === index)));
    active = index;
    const option = options[index];
    if (option) {
      input!.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else {
      input!.removeAttribute('aria-activedescendant');
    }
  }

  function render(hits: SearchHit[], query: string): void {
    listbox!.replaceChildren();
    options = [];
    let n = 0;
    for (const { group, hits: groupHitsList } of groupHits(hits)) {
      const groupEl = document.createElement('li');
      groupEl.setAttribute('role', 'presentation');
      const label = document.createElement('div');
      label.className = 'group-label';
      label.id = `search-group-${group}`;
      label.textContent = GROUP_LABELS[group];
      const list = document.createElement('ul');
      list.setAttribute('role', 'group');
      list.setAttribute('aria-labelledby', label.id);
      list.style.listStyle = 'none';
      list.style.padding = '0';
      for (const hit of groupHitsList) {
        const option = document.createElement('li');
        option.id = `search-option-${n++}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = hit.record.name;
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = hit.record.meta;
        option.append(name, meta);
        option.addEventListener('click', () => (location.href = hit.record.url));
        list.append(option);
        options.push({ element: option, hit });
      }
      groupEl.append(label, list);
      listbox!.append(groupEl);
    }
    active = -1;
    input!.removeAttribute('aria-activedescendant');
    input!.setAttribute('aria-expanded', String(options.length > 0));
    status!.textContent =
      query.trim().length < 2
        ? ''
        : options.length === 0
          ? `Niets gevonden voor "${query.trim()}". Probeer een ander woord of kijk in de catalogus.`
          : `${options.length} ${options.length === 1 ? 'resultaat' : 'resultaten'}.`;
  }

  let latest = 0;
  async function run(): Promise<void> {
    const query = input!.value;
    const ticket = ++latest;
    try {
      const hits = (await loadEngine()).search(query);
      if (ticket === latest) render(hits, query);
    } catch {
      engine = undefined;
      status!.textContent = 'Zoeken lukt nu niet. Probeer het opnieuw, of kijk in de catalogus.';
    }
  }

  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setActive((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active] ?? options[0];
      if (option) location.href = option.hit.record.url;
    } else if (event.key === 'Escape') {
      if (input.value) {
        input.value = '';
        render([], '');
      }
    }
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial.slice(0, 100);
    void run();
  }
}
