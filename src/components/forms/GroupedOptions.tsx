/** The <optgroup>s of a select from grouped options (the start choices of the explorer and the questionnaire). */
import type { StartGroup } from '../../lib/routes/start-options.ts';

export default function GroupedOptions({ groups }: { groups: StartGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </optgroup>
      ))}
    </>
  );
}
