// The theme setting on this window's page: the styles' light-dark() colours follow the root's color-scheme, which the
// root's data-theme sets (styles.css). System leaves it to prefers-color-scheme, which main's nativeTheme sets in the app.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { settingsQuery } from './queries';

export function useTheme(): void {
  const { data: theme } = useQuery({ ...settingsQuery(), select: (settings) => settings.theme });
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}

/** Mounted beside either window's view (the board, or the quick switcher), so both follow the setting. */
export function ThemeFromSettings(): null {
  useTheme();
  return null;
}
