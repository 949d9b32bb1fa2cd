/** One item with its answer scale as a radio group, plus "weet ik niet". Arrow keys move within the group. */
import type { ItemAnswer } from '../../lib/questionnaire/answers.ts';

interface Props {
  id: string;
  text: string;
  options: { waarde: number; label: string }[];
  value: ItemAnswer | undefined;
  onChange: (value: ItemAnswer) => void;
}

export default function ScaleItem({ id, text, options, value, onChange }: Props) {
  const name = `item-${id}`;
  return (
    <fieldset className="scale-item">
      <legend>{text}</legend>
      <div className="scale-options">
        {options.map((o) => (
          <label key={o.waarde} className="scale-option">
            <input type="radio" name={name} value={o.waarde} checked={value === o.waarde} onChange={() => onChange(o.waarde as ItemAnswer)} />
            <span>{o.label}</span>
          </label>
        ))}
        <label className="scale-option scale-unknown">
          <input type="radio" name={name} value="weet-niet" checked={value === 'weet-niet'} onChange={() => onChange('weet-niet')} />
          <span>Weet ik niet</span>
        </label>
      </div>
    </fieldset>
  );
}
