/**
 * On the printed summary: a short link and a QR code to the one-page overview in the family's language. The
 * language is chosen on screen (nothing is chosen by default); the QR encoder loads only when a language is chosen.
 */
import { useEffect, useId, useState } from 'react';
import { FAMILY_LANGUAGES, familyLink, type FamilyLink } from '../../lib/choices/family-link.ts';
import { qrPath } from '../../lib/choices/qr-path.ts';

export default function FamilyLanguageLink() {
  const id = useId();
  const [lang, setLang] = useState('');
  const [link, setLink] = useState<(FamilyLink & { qr: { size: number; path: string } }) | null>(null);
  useEffect(() => {
    const chosen = familyLink(window.location.origin, lang);
    if (!chosen) {
      setLink(null);
      return;
    }
    let current = true;
    void import('uqr').then(({ encode }) => {
      const code = encode(chosen.url, { ecc: 'L', border: 2 });
      if (current) setLink({ ...chosen, qr: { size: code.size, path: qrPath(code.data) } });
    });
    return () => {
      current = false;
    };
  }, [lang]);
  return (
    <section className="family-link">
      <p className="no-print">
        <label htmlFor={id}>Uitleg in de taal van het gezin (link en QR-code op de samenvatting)</label>{' '}
        <select id={id} value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="">geen</option>
          {FAMILY_LANGUAGES.map((l) => <option key={l.lang} value={l.lang} lang={l.lang}>{l.name}</option>)}
        </select>
      </p>
      {link && (
        <div className="family-link-result">
          <h3>Het secundair onderwijs in één blad · <span lang={link.lang} dir={link.dir}>{link.name}</span></h3>
          <figure className="qr">
            <svg viewBox={`0 0 ${link.qr.size} ${link.qr.size}`} role="img" aria-label={`QR-code naar ${link.short}`} shapeRendering="crispEdges">
              <rect width={link.qr.size} height={link.qr.size} fill="#fff" />
              <path d={link.qr.path} fill="#000" />
            </svg>
            <figcaption><a href={link.url} hrefLang={link.lang}>{link.short}</a></figcaption>
          </figure>
        </div>
      )}
    </section>
  );
}
