/**
 * A share link for the current choices. The pupil first ticks what goes in (studies and schools always; the
 * situation with the attest, the suggestions with their reasons, the agreements, the place only when ticked: none
 * of them is ticked at first), and a sentence says what the link will hold before it is made. The link is offered
 * through the phone's share sheet (Web Share API) where the browser has one, to copy, and as a QR code. Everything
 * is in the fragment (#k=…), which is never sent to a server.
 */
import { useEffect, useId, useState } from 'react';
import { qrPath } from '../../lib/choices/qr-path.ts';
import type { Choices } from '../../lib/choices/choices.ts';
import { DEFAULT_SHARE_PARTS, availableParts, describeShare, sharedFor, type ShareParts } from '../../lib/choices/share-parts.ts';
import { SHARE_PARAM, encodeShare } from '../../lib/choices/share-link.ts';
import type { Answers } from '../../lib/questionnaire/answers.ts';

interface Props {
  choices: Choices;
  answers: Answers | null;
  place: string;
}

const PART_LABELS: Record<keyof ShareParts, { label: string; missing: string }> = {
  situation: { label: 'Waar je nu staat en je attest', missing: 'vul eerst de vragenlijst in' },
  suggestions: { label: 'Je voorstellen uit de vragenlijst, met waarom', missing: 'kan alleen samen met waar je nu staat' },
  notes: { label: 'Je afspraken', missing: 'nog geen afspraken' },
  place: { label: 'De plaats waarvan je scholen vergeleek', missing: 'geen plaats gekozen' },
};

export default function ShareLink({ choices, answers, place }: Props) {
  const uid = useId();
  const can = availableParts(choices, answers, place);
  const [ticked, setTicked] = useState<ShareParts>(DEFAULT_SHARE_PARTS);
  // The link with the content it was made from: shown only while that is still what the pupil would share.
  const [made, setMade] = useState<{ url: string; content: string } | null>(null);
  const [qr, setQr] = useState<{ size: number; path: string } | null>(null);
  const [status, setStatus] = useState('');
  // The share sheet exists only in the browser (and not in every one): known after the first render.
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator !== 'undefined' && typeof navigator.share === 'function'), []);

  const missing = (part: keyof ShareParts) => (!can[part] && part === 'suggestions' ? PART_LABELS.situation.missing : PART_LABELS[part].missing);
  const tick = (part: keyof ShareParts, on: boolean) => setTicked({ ...ticked, [part]: on });
  const shared = sharedFor(choices, answers, place, ticked);
  const content = JSON.stringify(shared);
  // A link made before that no longer holds what is ticked (or what was typed since) is not offered any more.
  const link = made && made.content === content ? made.url : null;
  const make = async () => {
    try {
      const value = await encodeShare(shared);
      const url = `${window.location.origin}/keuzes/#${SHARE_PARAM}=${value}`;
      // The QR encoder is loaded only when a link is made.
      const { encode } = await import('uqr');
      const code = encode(url, { ecc: 'L', border: 2 });
      setQr({ size: code.size, path: qrPath(code.data) });
      setMade({ url, content });
      setStatus('De link is klaar. Iedereen met deze link ziet wat je aanvinkte; hij gaat niet langs een server.');
    } catch {
      setMade(null);
      setStatus('De link kon niet gemaakt worden. Je keuzes blijven wel staan.');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: 'Mijn keuzes in Richtingwijzer', text: 'Dit zijn mijn studiekeuzes in Richtingwijzer.', url: link! });
      setStatus('Gedeeld.');
    } catch (error) {
      // Closing the share sheet is not an error.
      if ((error as Error).name !== 'AbortError') setStatus('Delen lukte niet: kopieer de link.');
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
      <fieldset className="share-parts">
        <legend>Wat zet je in de link?</legend>
        <p className="hint">
          Je bewaarde studies en scholen staan er altijd in. Vink aan wat er nog bij mag. Wie de link krijgt, kan alles
          lezen wat erin staat.
        </p>
        {(Object.keys(PART_LABELS) as (keyof ShareParts)[]).map((part) => {
          const available = can[part] && (part !== 'suggestions' || ticked.situation);
          return (
            <label className="choice" key={part}>
              <input type="checkbox" name={`${uid}-${part}`} checked={available && ticked[part]} disabled={!available} onChange={(e) => tick(part, e.target.checked)} />{' '}
              {PART_LABELS[part].label}
              {!available && <span className="meta-inline"> ({missing(part)})</span>}
            </label>
          );
        })}
        <p className="share-contents" id={`${uid}-contents`}>{describeShare(shared, can)}</p>
      </fieldset>
      <button type="button" onClick={() => void make()} aria-describedby={`${uid}-contents`}>{link ? 'Maak de link opnieuw' : 'Maak een deellink'}</button>
      <p role="status" className="save-status">{made && !link ? 'Wat in de link komt, is veranderd: maak de link opnieuw.' : status}</p>
      {link && qr && (
        <div className="share-result">
          <label htmlFor="share-link">Deellink</label>
          <div className="inline">
            <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
            {canShare && <button type="button" onClick={() => void share()}>Deel</button>}
            <button type="button" className="button secondary" onClick={() => void copy()}>Kopieer</button>
          </div>
          <figure className="qr">
            <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label="QR-code van de deellink: scan hem met de camera van je gsm" shapeRendering="crispEdges">
              <rect width={qr.size} height={qr.size} fill="#fff" />
              <path d={qr.path} fill="#000" />
            </svg>
            <figcaption className="source">Richt de camera van een gsm op deze code: de link gaat dan open op die gsm.</figcaption>
          </figure>
        </div>
      )}
    </div>
  );
}
