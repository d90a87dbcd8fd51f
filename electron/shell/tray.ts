// The tray (menu-bar) icon: every profile with its status and time left; choosing one copies its token.
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import iconPath from '../../build/icon.png?asset';
import templatePath from '../../build/trayTemplate.png?asset';
import template2xPath from '../../build/trayTemplate@2x.png?asset';
import type { ProfileView } from '../../shared/profile';
import { buildTrayMenuModel, type TrayMenuItem } from '../core/desktop/tray-menu-model';

export interface TrayActions {
  copy(profileId: string): void;
  open(): void;
  switcher(): void;
  quit(): void;
}

export interface AppTray {
  /** Rebuilds the menu from the current profiles (after a change, and every few seconds for the countdowns). */
  update(profiles: readonly ProfileView[], now: number, expiringSoonMs: number): void;
  destroy(): void;
}

function menuItem(item: TrayMenuItem, actions: TrayActions): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'profile':
      return { label: item.label, enabled: item.enabled, click: () => actions.copy(item.profileId) };
    case 'action':
      return { label: item.label, click: () => actions[item.action]() };
  }
}

/** Tray icons are 18 pt (16 px on Windows, whose tray shrinks it): drawn at 1x and 2x, so a HiDPI screen gets sharp pixels. */
const TRAY_ICON_POINTS = 18;

/** The app icon, scaled: Windows' and Linux's trays show colour. */
function colouredTrayIcon(): NativeImage {
  const source = nativeImage.createFromPath(iconPath);
  const icon = nativeImage.createEmpty();
  for (const scaleFactor of [1, 2]) {
    const size = TRAY_ICON_POINTS * scaleFactor;
    icon.addRepresentation({ scaleFactor, width: size, height: size, buffer: source.resize({ width: size, height: size, quality: 'best' }).toPNG() });
  }
  return icon;
}

/**
 * macOS's menu bar wants a template image: black and alpha only, which it draws in the bar's own colour (dark, light,
 * highlighted while the menu is open). Drawn for 18 pt from build/tray-template.svg; each size is its own file because
 * an `?asset` import copies just the file named, not the `@2x` sibling `createFromPath` would look for.
 */
function templateTrayIcon(): NativeImage {
  const icon = nativeImage.createEmpty();
  for (const [scaleFactor, path] of [
    [1, templatePath],
    [2, template2xPath],
  ] as const) {
    const size = TRAY_ICON_POINTS * scaleFactor;
    icon.addRepresentation({ scaleFactor, width: size, height: size, buffer: nativeImage.createFromPath(path).toPNG() });
  }
  icon.setTemplateImage(true);
  return icon;
}

const trayIcon = (platform: NodeJS.Platform): NativeImage => (platform === 'darwin' ? templateTrayIcon() : colouredTrayIcon());

export function createAppTray(actions: TrayActions): AppTray {
  const tray = new Tray(trayIcon(process.platform));
  // Linux and Windows open the app on a click; the menu is on right-click (and on every click on macOS).
  tray.on('click', () => {
    if (process.platform !== 'darwin') actions.open();
  });
  return {
    update(profiles, now, expiringSoonMs) {
      const model = buildTrayMenuModel(profiles, now, expiringSoonMs);
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(model.items.map((item) => menuItem(item, actions))));
    },
    destroy: () => tray.destroy(),
  };
}
