// The core's event bus: typed emit, per-event and any-event listeners, unsubscribe, and a failing listener contained.
import { describe, expect, it, vi } from 'vitest';
import { createCoreEvents } from '../../../../../electron/core/events/core-events';
import { forwardEventsToRenderer } from '../../../../../electron/core/events/forward-to-renderer';
import { replanRefreshOnChange } from '../../../../../electron/core/tokens/refresh-on-change';
import { silentLogger, type Logger } from '../../../../../electron/core/logger';

describe('createCoreEvents', () => {
  it('delivers an event to its own listeners and to every any-event listener, in order', () => {
    const events = createCoreEvents(silentLogger);
    const heard: string[] = [];
    events.on('tokenChanged', ({ profileId }) => heard.push(`token ${profileId}`));
    events.on('profilesChanged', () => heard.push('profiles'));
    events.onAny((name) => heard.push(`any ${name}`));
    events.emit('tokenChanged', { profileId: 'p1' });
    expect(heard).toEqual(['token p1', 'any tokenChanged']);
  });

  it('stops delivering after unsubscribe', () => {
    const events = createCoreEvents(silentLogger);
    const listener = vi.fn();
    const stop = events.on('settingsChanged', listener);
    events.emit('settingsChanged', {});
    stop();
    events.emit('settingsChanged', {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps a throwing listener from silencing the others or failing the emitter, and logs it by event name', () => {
    const errors: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => void errors.push(message) };
    const events = createCoreEvents(logger);
    const after = vi.fn();
    events.on('profilesChanged', () => {
      throw new Error('boom');
    });
    events.on('profilesChanged', after);
    expect(() => events.emit('profilesChanged', {})).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(errors).toEqual(['events: a profilesChanged listener failed']);
  });
});

describe('forwardEventsToRenderer', () => {
  it('sends each event on its contract channel, with fields the contract does not name stripped', () => {
    const events = createCoreEvents(silentLogger);
    const sent: { channel: string; payload: unknown }[] = [];
    forwardEventsToRenderer(events, (channel, payload) => void sent.push({ channel, payload }));
    const profileId = '6f1c2b1e-8a4d-4c1e-9f7a-2d3b4c5d6e7f';
    events.emit('tokenChanged', { profileId, accessToken: 'never-this' } as never);
    expect(sent).toEqual([{ channel: 'tokens:changed', payload: { profileId } }]);
  });

  it('sends nothing that breaks the contract, and logs it instead of failing the change that emitted it', () => {
    const errors: string[] = [];
    const events = createCoreEvents({ ...silentLogger, error: (message) => void errors.push(message) });
    const sent: unknown[] = [];
    forwardEventsToRenderer(events, (_channel, payload) => void sent.push(payload));
    expect(() => events.emit('tokenChanged', { profileId: 'not-a-uuid' })).not.toThrow();
    expect(sent).toEqual([]);
    expect(errors).toEqual(['events: a tokenChanged listener failed']);
  });
});

describe('replanRefreshOnChange', () => {
  it('syncs the schedule on profile and token changes, re-plans every time on a settings change', () => {
    const events = createCoreEvents(silentLogger);
    const scheduler = { sync: vi.fn(), replan: vi.fn() };
    const stop = replanRefreshOnChange(events, scheduler);
    events.emit('profilesChanged', {});
    events.emit('tokenChanged', { profileId: 'p1' });
    events.emit('settingsChanged', {});
    expect(scheduler.sync).toHaveBeenCalledTimes(2);
    expect(scheduler.replan).toHaveBeenCalledTimes(1);
    stop();
    events.emit('settingsChanged', {});
    expect(scheduler.replan).toHaveBeenCalledTimes(1);
  });
});
