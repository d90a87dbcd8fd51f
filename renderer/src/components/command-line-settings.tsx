// Settings' word on butlr-cred: where the app listens for it, or why it refused to.
import { useQuery } from '@tanstack/react-query';
import { scriptAccessQuery } from '../queries';
import { channelStatusText } from '../script-grants-view';

export function CommandLineSettings() {
  const { data: access } = useQuery(scriptAccessQuery());
  if (!access) return null;
  const refused = access.channel.state === 'refused';
  return (
    <fieldset className="settings-group" data-testid="command-line-settings">
      <legend>Command-line tool</legend>
      <p className={refused ? 'details-note details-note-danger' : 'field-hint'} role={refused ? 'alert' : undefined}>
        {channelStatusText(access.channel)}
      </p>
      <p className="field-hint">
        <code>butlr-cred token &lt;profile&gt;</code> prints a token for scripts and terminals; each new shell is asked about here first.
      </p>
    </fieldset>
  );
}
