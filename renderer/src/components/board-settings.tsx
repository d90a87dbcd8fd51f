// The settings form's Board group: the density of the board's rows, a card per profile or one line each.
import { useId } from 'react';
import { densities, type Density } from '../../../shared/settings';
import { DENSITY_LABELS } from '../board-view';
import { RadioOption } from './radio-option';

export function BoardSettings({ density, onDensity }: { readonly density: Density; readonly onDensity: (density: Density) => void }) {
  const hintId = useId();
  return (
    <fieldset className="settings-group">
      <legend>Board</legend>
      <fieldset className="choice-field" aria-describedby={hintId}>
        <legend>Density</legend>
        <div className="choice-options">
          {densities.map((each) => (
            <RadioOption key={each} name="density" value={each} label={DENSITY_LABELS[each]} checked={density === each} onChange={() => onDensity(each)} />
          ))}
        </div>
        <p id={hintId} className="field-hint">
          Compact shows each profile on one line: name, client ID or username, base URL (unless it is Butlr’s own), state, countdown
          and Copy. Its other actions move into the row’s More menu.
        </p>
      </fieldset>
    </fieldset>
  );
}
