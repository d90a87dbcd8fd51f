// The renderer's entry: one query client, the app shell (or the quick switcher, in its own window), and the styles.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './components/app-shell';
import { takeEarlyAnswers } from './early-requests';
import { listenToMainEvents, seedEarlyAnswers } from './queries';
import { ThemeFromSettings } from './use-theme';
import './styles.css';
import './styles/board.css';

// Only the quick-switcher window shows it, so the main window's first paint does not load it.
const QuickSwitcher = lazy(() => import('./components/quick-switcher').then((module) => ({ default: module.QuickSwitcher })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Main pushes an event whenever profiles or tokens change, so cached data only goes stale when told.
      staleTime: Number.POSITIVE_INFINITY,
      // IPC to our own main process does not fail transiently; retrying would only delay the message.
      retry: false,
    },
  },
});

// Main's events first, then the profiles and the settings (the board waits for its density too): asked for as the page
// started (early-requests.ts), or now if main changed them since; never from the first render's effects.
listenToMainEvents(queryClient);
seedEarlyAnswers(queryClient, takeEarlyAnswers());

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing its #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemeFromSettings />
      {/* The quick-switcher window loads this same page at #quick-switcher. */}
      {location.hash === '#quick-switcher' ? (
        <Suspense fallback={null}>
          <QuickSwitcher />
        </Suspense>
      ) : (
        <AppShell />
      )}
    </QueryClientProvider>
  </StrictMode>,
);
