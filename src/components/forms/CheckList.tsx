import { memo } from 'react';

/** A row of checkboxes for keys (exclusions such as `f:doorstroom`), each with its visible label. */
interface Props {
  items: readonly { key: string; label: string }[];
  checked: readonly string[];
  onToggle: (key: string, on: boolean) => void;
}

function CheckList({ items, checked, onToggle }: Props) {
  return (
    <div className="checks">
      {items.map((item) => <Check key={item.key} item={item.key} label={item.label} on={checked.includes(item.key)} onToggle={onToggle} />)}
    </div>
  );
}

/**
 * One box, drawn again only when it is ticked or unticked (or gets another handler): React rewrites an input's type,
 * name and value attributes whenever it draws it, and a filter form drew every box on every click.
 */
const Check = memo(function Check({ item, label, on, onToggle }: { item: string; label: string; on: boolean; onToggle: Props['onToggle'] }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={on} onChange={(e) => onToggle(item, e.target.checked)} /> {label}
    </label>
  );
});

export default memo(CheckList);
