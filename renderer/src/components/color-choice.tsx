// The profile form's "Colour" radio group: a swatch and its name for each colour of the shared palette, or none.
import { profileColors, type ProfileColor } from '../../../shared/profile';
import { colorLabel } from '../profile-color';

interface ColorChoiceProps {
  readonly value: ProfileColor | null;
  readonly onChange: (color: ProfileColor | null) => void;
}

export function ColorChoice({ value, onChange }: ColorChoiceProps) {
  return (
    <fieldset className="choice-field">
      <legend>Colour</legend>
      <div className="swatches">
        {[null, ...profileColors].map((color) => (
          <label key={color ?? 'none'} className="swatch-option">
            <input type="radio" name="color" className="swatch-input" value={color ?? ''} checked={value === color} onChange={() => onChange(color)} />
            <span className={`swatch swatch-${color ?? 'none'}`} aria-hidden="true" />
            {colorLabel(color)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
