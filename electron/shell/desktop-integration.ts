// Tray, quick switcher, expiry reminders and launch at login, kept in step with the core's data and settings.
import type { ErrorCode } from '../../shared/app-error';
import { copyOutcomeText } from '../../shared/copy-outcome-text';
import type { AppCore } from '../core/app-core';
import { dueExpiryReminders } from '../core/desktop/expiry-reminders';
import type { Logger } from '../core/logger';
import type { Notify } from './desktop-notifications';
import { applyLaunchAtLogin } from './login-item';
import { applyTheme } from './native-theme';
import type { QuickSwitcher } from './quick-switcher';
import type { AppTray } from './tray';

/** How often the tray's countdowns and the reminders are refreshed when nothing else happens. */
const REFRESH_MS = 15_000;

interface DesktopIntegrationDeps {
  readonly core: AppCore;
  readonly tray: AppTray | null;
  readonly switcher: QuickSwitcher;
  readonly logger: Logger;
  /** Hears the code of a failed copy from the tray, which answers no one through the IPC router. */
  readonly onFailure: (code: ErrorCode) => void;
  /** A quiet desktop notification, or the window's toast where the OS will not show one. */
  readonly notify: Notify;
}

export interface DesktopIntegration {
  /** Copies from outside the window (tray), telling the person what happened with a quiet notification. */
  copyFromTray(profileId: string): Promise<void>;
  dispose(): void;
}

export function startDesktopIntegration({ core, tray, switcher, logger, onFailure, notify }: DesktopIntegrationDeps): DesktopIntegration {
  const reminded = new Set<string>();
  let appliedLoginItem: boolean | null = null;
  let refreshQueued = false;

  const refresh = async (): Promise<void> => {
    refreshQueued = false;
    const settings = core.settings.get();
    const profiles = await core.profiles.list();
    const now = Date.now();
    tray?.update(profiles, now, settings.expiringSoonSeconds * 1000);
    if (settings.expiryReminders) {
      for (const reminder of dueExpiryReminders(profiles, now, reminded)) notify(reminder.title, reminder.body);
    }
  };
  // Events come in bursts (a copy renews, records activity, changes the token): rebuild once per burst.
  const queueRefresh = (): void => {
    if (refreshQueued) return;
    refreshQueued = true;
    setTimeout(() => void refresh().catch((error: unknown) => logger.error('desktop: refresh failed', error)), 50);
  };

  const applySettings = (): void => {
    const settings = core.settings.get();
    applyTheme(settings.theme);
    if (switcher.shortcutStatus().accelerator !== settings.quickSwitcherShortcut || !switcher.shortcutStatus().registered) {
      const status = switcher.setShortcut(settings.quickSwitcherShortcut);
      if (status.message) logger.warn(`desktop: ${status.message}`);
    }
    if (appliedLoginItem !== settings.launchAtLogin) {
      appliedLoginItem = settings.launchAtLogin;
      applyLaunchAtLogin(settings.launchAtLogin).catch((error: unknown) => logger.error('desktop: could not change launch at login', error));
    }
  };

  applySettings();
  queueRefresh();
  const interval = setInterval(queueRefresh, REFRESH_MS);
  // The tray and reminders follow the data; the theme, the shortcut and the login item follow the settings.
  const unsubscribe = [core.events.on('settingsChanged', applySettings), core.events.onAny(queueRefresh)];

  return {
    async copyFromTray(profileId) {
      const result = await core.tokens.copy(profileId);
      if (!result.ok) {
        onFailure(result.error.code);
        // The message starts with the profile's name already (token-service.ts).
        notify('Could not copy the token', result.error.message);
        return;
      }
      const profile = (await core.profiles.list()).find((candidate) => candidate.id === profileId);
      const text = copyOutcomeText(profile?.name ?? 'the profile', result.value, Date.now());
      notify(text.title, text.detail);
    },
    dispose() {
      unsubscribe.forEach((stop) => stop());
      clearInterval(interval);
      tray?.destroy();
      switcher.dispose();
    },
  };
}
