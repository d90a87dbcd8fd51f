// The settings form's Appearance group: light or dark windows, or whichever the system uses.
import { useId } from 'react';
import { themes, type Theme } from '../../../shared/settings';
import { RadioOption } from './radio-option';

const THEME_LABELS: Readonly<Record<Theme, string>> = { system: 'System', light: 'Light', dark: 'Dark' };

export function AppearanceSettings({ theme, onTheme }: { readonly theme: Theme; readonly onTheme: (theme: Theme) => void }) {
  const hintId = useId();
  return (
    <fieldset className="settings-group">
      <legend>Appearance</legend>
      <fieldset className="choice-field" aria-describedby={hintId}>
        <legend>Theme</legend>
        <div className="choice-options">
          {themes.map((each) => (
            <RadioOption key={each} name="theme" value={each} label={THEME_LABELS[each]} checked={theme === each} onChange={() => onTheme(each)} />
          ))}
        </div>
        <p id={hintId} className="field-hint">
          Both windows and the app’s own dialogs. System follows your computer’s light or dark mode as it changes.
        </p>
      </fieldset>
    </fieldset>
  );
}
