/** "Bedoel je: …" under a message about input that was not recognised: one button per suggestion. */
interface Props {
  suggestions: readonly string[];
  onPick: (suggestion: string) => void;
}

export default function DidYouMean({ suggestions, onPick }: Props) {
  if (suggestions.length === 0) return null;
  return (
    <p>
      Bedoel je:{' '}
      {suggestions.map((s) => (
        <button key={s} type="button" className="button secondary suggestion" onClick={() => onPick(s)}>{s}</button>
      ))}
    </p>
  );
}
