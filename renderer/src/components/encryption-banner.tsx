// Warns, for as long as it is true, that secrets cannot be saved here or are only obfuscated, and whether the person agreed to that.
import { useQuery } from '@tanstack/react-query';
import { encryptionStatusQuery, settingsQuery } from '../queries';

export function EncryptionBanner() {
  const { data: status } = useQuery(encryptionStatusQuery());
  const { data: settings } = useQuery(settingsQuery());
  if (!status) return null;

  if (!status.available) {
    return (
      <section className="banner banner-danger" aria-labelledby="encryption-banner-title">
        <h2 id="encryption-banner-title">Secrets cannot be encrypted on this computer, so none can be saved.</h2>
        <p>Butlr Credentials stores secrets only in your system’s keychain. Set up or unlock it (on Linux: GNOME Keyring or KWallet), then restart the app.</p>
      </section>
    );
  }

  if (status.weak) {
    const consent = settings?.allowWeakEncryption
      ? 'You agreed to store secrets this way.'
      : 'You will be asked before any secret is stored this way.';
    return (
      <section className="banner banner-warning" aria-labelledby="encryption-banner-title" data-testid="weak-encryption-banner">
        <h2 id="encryption-banner-title">Secrets are only obfuscated on this computer, not encrypted.</h2>
        <p>
          {status.backend === 'unknown'
            ? 'The app could not tell whether your keyring or Chromium’s built-in key protects secrets here, so it assumes the built-in key'
            : `No keyring answered (Linux “${status.backend}” storage)`}
          , so anyone who can read your files may recover saved secrets. {consent} To encrypt them, install and unlock GNOME Keyring or KWallet, then restart the app.
        </p>
      </section>
    );
  }

  return null;
}
