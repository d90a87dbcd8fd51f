import { describe, expect, it } from 'vitest';
import { launchVisibility, trayLikelyHidden, type LaunchFacts } from '../../../../../electron/core/desktop/launch-visibility';

const facts = (overrides: Partial<LaunchFacts>): LaunchFacts => ({ platform: 'linux', argv: ['/opt/butlr'], wasOpenedAtLogin: false, currentDesktop: 'KDE', ...overrides });

describe('launchVisibility', () => {
  it('shows the window on an ordinary start', () => {
    expect(launchVisibility(facts({}))).toBe('shown');
    expect(launchVisibility(facts({ platform: 'darwin' }))).toBe('shown');
  });

  it('keeps it in the tray when started at login with --hidden (Linux autostart, Windows Run key)', () => {
    expect(launchVisibility(facts({ argv: ['/opt/butlr', '--hidden'] }))).toBe('hidden');
    expect(launchVisibility(facts({ platform: 'win32', argv: ['C:\\butlr.exe', '--hidden'] }))).toBe('hidden');
  });

  it('on macOS, where login items take no arguments, asks wasOpenedAtLogin; elsewhere that answer is ignored', () => {
    expect(launchVisibility(facts({ platform: 'darwin', wasOpenedAtLogin: true }))).toBe('hidden');
    expect(launchVisibility(facts({ platform: 'win32', wasOpenedAtLogin: true }))).toBe('shown');
  });

  it('on a desktop that likely shows no tray icon, starts at login minimised instead of unreachable', () => {
    expect(launchVisibility(facts({ argv: ['/opt/butlr', '--hidden'], currentDesktop: 'GNOME' }))).toBe('minimized');
    expect(launchVisibility(facts({ argv: ['/opt/butlr', '--hidden'], currentDesktop: 'ubuntu:GNOME' }))).toBe('hidden');
  });
});

describe('trayLikelyHidden', () => {
  it.each([
    ['GNOME', true],
    ['GNOME-Classic:GNOME', true],
    ['ubuntu:GNOME', false],
    ['KDE', false],
    ['X-Cinnamon', false],
    [undefined, false],
  ])('%s → %s', (desktop, hidden) => {
    expect(trayLikelyHidden(desktop)).toBe(hidden);
  });
});
