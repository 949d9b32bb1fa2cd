/**
 * A text field with suggestions (a native datalist, so keyboards and screen readers need no extra code). Picking a
 * suggestion applies it at once; anything typed is applied with the form's submit. A problem with the text is shown
 * below it with "Bedoel je …?" buttons; otherwise an optional hint.
 */
import { memo, useId, useState } from 'react';
import DidYouMean from './DidYouMean.tsx';

export interface FieldProblem {
  error: string;
  suggestions: string[];
}

interface Props {
  label: string;
  value: string;
  options: readonly string[];
  maxLength: number;
  problem: FieldProblem | null;
  hint?: string;
  onText: (text: string) => void;
  /** A suggestion was picked (from the list or a "Bedoel je" button). */
  onPick: (value: string) => void;
}

function SuggestField({ label, value, options, maxLength, problem, hint, onText, onPick }: Props) {
  const uid = useId();
  // The suggestions are drawn when the field is first used, not with the page: the finder's two lists are 900 options,
  // two thirds of its elements, and drawing them at once was the longest task of its start on a slow phone.
  const [used, setUsed] = useState(false);
  const note = problem ? `${uid}-error` : hint ? `${uid}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={`${uid}-input`}>{label}</label>
      <input
        id={`${uid}-input`}
        type="text"
        inputMode="search"
        autoComplete="off"
        list={`${uid}-options`}
        value={value}
        maxLength={maxLength}
        aria-describedby={note}
        aria-invalid={problem ? true : undefined}
        onFocus={() => setUsed(true)}
        onChange={(e) => {
          onText(e.target.value);
          if (options.includes(e.target.value)) onPick(e.target.value);
        }}
      />
      <Options id={`${uid}-options`} options={used ? options : NONE} />
      {problem ? (
        <div className="field-error" id={`${uid}-error`}>
          <p>{problem.error}</p>
          <DidYouMean
            suggestions={problem.suggestions}
            onPick={(s) => {
              onText(s);
              onPick(s);
            }}
          />
        </div>
      ) : (
        hint && <p className="hint" id={`${uid}-hint`}>{hint}</p>
      )}
    </div>
  );
}

// Drawn again only when its own props change: React rewrites an input's attributes whenever it draws it.
export default memo(SuggestField);

const NONE: readonly string[] = [];

/**
 * The suggestions, redrawn only when the list itself changes: the finder's place list has 1,100 postcodes, and
 * comparing them again on every filter change cost more than the rest of the finder together.
 */
const Options = memo(function Options({ id, options }: { id: string; options: readonly string[] }) {
  return <datalist id={id}>{options.map((o) => <option key={o} value={o} />)}</datalist>;
});
