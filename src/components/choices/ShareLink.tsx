/**
 * A share link for the current choices: made on request, shown as text to copy and as a QR code to scan with a
 * phone. The link carries everything in the fragment (#k=…), which is never sent to a server.
 */
import { useState } from 'react';
import { qrPath } from '../../lib/choices/qr-path.ts';
import type { Shared } from '../../lib/choices/schema.ts';
import { SHARE_PARAM, encodeShare } from '../../lib/choices/share-link.ts';

interface Props {
  shared: Shared;
}

export default function ShareLink({ shared }: Props) {
  const [link, setLink] = useState<string | null>(null);
  const [qr, setQr] = useState<{ size: number; version: number; path: string } | null>(null);
  const [status, setStatus] = useState('');
  const make = async () => {
    try {
      const value = await encodeShare(shared);
      const url = `${window.location.origin}/keuzes/#${SHARE_PARAM}=${value}`;
      // The QR encoder is loaded only when a link is made.
      const { encode } = await import('uqr');
      const code = encode(url, { ecc: 'L', border: 2 });
      setQr({ size: code.size, version: code.version, path: qrPath(code.data) });
      setLink(url);
      setStatus('De link is klaar. Iedereen met deze link ziet deze keuzes; hij gaat niet langs een server.');
    } catch {
      setLink(null);
      setStatus('De link kon niet gemaakt worden. Je keuzes blijven wel staan.');
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link!);
      setStatus('Gekopieerd.');
    } catch {
      setStatus('Kopiëren lukte niet: selecteer de link en kopieer hem zelf.');
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void make()}>{link ? 'Maak de link opnieuw' : 'Maak een deellink'}</button>
      <p role="status" className="save-status">{status}</p>
      {link && qr && (
        <div className="share-result">
          <label htmlFor="share-link">Deellink</label>
          <div className="inline">
            <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
            <button type="button" className="button secondary" onClick={() => void copy()}>Kopieer</button>
          </div>
          <figure className="qr">
            <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label="QR-code van de deellink: scan hem met de camera van je gsm" shapeRendering="crispEdges">
              <rect width={qr.size} height={qr.size} fill="#fff" />
              <path d={qr.path} fill="#000" />
            </svg>
            <figcaption className="source">Scan met de camera van je gsm. {link.length} tekens, QR-versie {qr.version}.</figcaption>
          </figure>
        </div>
      )}
    </div>
  );
}
