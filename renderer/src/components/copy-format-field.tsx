// The settings form's choice of what one click on Copy puts on the clipboard.
import { useId } from 'react';
import { COPY_FORMAT_LABELS, copyFormats, type CopyFormat } from '../../../shared/copy-format';

export function CopyFormatField({ value, onChange }: { readonly value: CopyFormat; readonly onChange: (format: CopyFormat) => void }) {
  const selectId = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={selectId}>Default copy format</label>
      <select
        id={selectId}
        name="defaultCopyFormat"
        value={value}
        aria-describedby={hintId}
        onChange={(event) => onChange(copyFormats.find((format) => format === event.target.value) ?? value)}
      >
        {copyFormats.map((format) => (
          <option key={format} value={format}>
            {COPY_FORMAT_LABELS[format]}
          </option>
        ))}
      </select>
      <p id={hintId} className="field-hint">
        What one click on Copy puts on the clipboard; the Copy menu still offers the others.
      </p>
    </div>
  );
}
