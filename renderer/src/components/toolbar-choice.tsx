// One of the board toolbar's labelled selects (sort, group, density): a key chosen from a table of labels.
interface ToolbarChoiceProps<Key extends string> {
  readonly label: string;
  readonly value: Key;
  readonly labels: Readonly<Record<Key, string>>;
  readonly onChange: (key: Key) => void;
}

export function ToolbarChoice<Key extends string>({ label, value, labels, onChange }: ToolbarChoiceProps<Key>) {
  return (
    <label className="board-field">
      <span className="board-field-label">{label}</span>
      <select className="board-input" value={value} onChange={(event) => onChange(event.target.value as Key)}>
        {Object.entries<string>(labels).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
