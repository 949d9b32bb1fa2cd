/** A row of checkboxes for keys (exclusions such as `f:doorstroom`), each with its visible label. */
interface Props {
  items: { key: string; label: string }[];
  checked: string[];
  onToggle: (key: string, on: boolean) => void;
}

export default function CheckList({ items, checked, onToggle }: Props) {
  return (
    <div className="checks">
      {items.map((item) => (
        <label key={item.key} className="choice">
          <input type="checkbox" checked={checked.includes(item.key)} onChange={(e) => onToggle(item.key, e.target.checked)} /> {item.label}
        </label>
      ))}
    </div>
  );
}
