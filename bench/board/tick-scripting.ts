// Main-thread time per countdown tick, read from CDP Performance metrics while Chromium's virtual time advances one second at a time.
import type { CDPSession, Page } from 'playwright-core';

const TICK_MS = 1000;

export interface TickCost {
  /** V8 script execution in the page's main thread (thread time), ms. */
  readonly scriptMs: number;
  /** Every main-thread task, style, layout and paint included, ms. */
  readonly taskMs: number;
}

export interface TickProbe {
  /** Advances the page's clock by one second (so every 1 s interval fires once) and returns what that cost. */
  tick(): Promise<TickCost>;
  detach(): Promise<void>;
}

async function readMetrics(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

/** From here on the page's timers run on virtual time: paused, except while `tick()` advances it. */
export async function openTickProbe(page: Page): Promise<TickProbe> {
  const cdp = await page.context().newCDPSession(page);
  // Thread time, so the Node side of the bench sharing the two cores does not inflate the page's figures.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'pause' });
  return {
    async tick() {
      const before = await readMetrics(cdp);
      const expired = new Promise<void>((resolve) => cdp.once('Emulation.virtualTimeBudgetExpired', () => resolve()));
      await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: TICK_MS });
      await expired;
      const after = await readMetrics(cdp);
      return { scriptMs: (after.script - before.script) * 1000, taskMs: (after.task - before.task) * 1000 };
    },
    detach: () => cdp.detach(),
  };
}
