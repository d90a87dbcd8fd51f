// The naive baseline's clock, swapped in for renderer/src/ticker.ts: every component that shows time runs its own 1 s setInterval.
import { useEffect, useState } from 'react';

const TICK_MS = 1000;

/** The current time in ms, re-rendering the caller once a second from an interval of its own (one per row). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
