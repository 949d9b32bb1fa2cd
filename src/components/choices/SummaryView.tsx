/** The printable summary (also "save as PDF"): shown on screen as a preview, printed without the site around it. */
import type { Summary } from '../../lib/choices/summary.ts';
import { formatDate } from '../schools/format.ts';
import FamilyLanguageLink from './FamilyLanguageLink.tsx';

export default function SummaryView({ summary, title }: { summary: Summary; title: string }) {
  return (
    <article className="summary" aria-labelledby="samenvatting">
      <h2 id="samenvatting">{title}</h2>
      <p className="summary-date">Richtingwijzer · {formatDate(summary.date)}</p>
      {summary.situation.length > 0 && (
        <section>
          <h3>Waar je nu staat</h3>
          <ul>{summary.situation.map((l) => <li key={l}>{l}</li>)}</ul>
        </section>
      )}
      {summary.interests.length > 0 && (
        <section>
          <h3>Wat je graag doet</h3>
          <p>{summary.interests.slice(0, 5).join(' · ')}</p>
        </section>
      )}
      {summary.suggestions.length > 0 && (
        <section>
          <h3>Voorstellen uit de vragenlijst</h3>
          <p className="source">Voorstellen, geen advies: jij kiest.</p>
          <ol>
            {summary.suggestions.map((s) => (
              <li key={s.name}><strong>{s.name}</strong>: {s.reasons.join(' ')}</li>
            ))}
          </ol>
        </section>
      )}
      <section>
        <h3>Gekozen studies en de weg ernaartoe</h3>
        {summary.studies.length === 0 ? <p>Nog geen.</p> : <ul>
            {summary.studies.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>{s.facts ? ` · ${s.facts}` : ''}
                {s.route && <><br /><span className="summary-route">Route: {s.route}</span></>}
              </li>
            ))}
          </ul>}
      </section>
      <section>
        <h3>Gekozen scholen</h3>
        {summary.schools.length === 0 ? <p>Nog geen.</p> : <ul>{summary.schools.map((s) => <li key={s.id}><strong>{s.name}</strong>, {s.address} · {s.net}</li>)}</ul>}
      </section>
      <section>
        <h3>Afspraken</h3>
        {summary.notes ? <p className="summary-notes">{summary.notes}</p> : <p>Geen afspraken genoteerd.</p>}
      </section>
      <section>
        <h3>Hulp nodig?</h3>
        <ul>{summary.help.map((h) => <li key={h.name}><strong>{h.name}</strong>: {h.description} {h.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</li>)}</ul>
      </section>
      <FamilyLanguageLink />
    </article>
  );
}
