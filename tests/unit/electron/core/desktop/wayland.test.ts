import { describe, expect, it } from 'vitest';
import { isWaylandSession } from '../../../../../electron/core/desktop/wayland';

describe('isWaylandSession', () => {
  it('is a Linux session that says it is Wayland, or has a Wayland display', () => {
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWaylandSession('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(isWaylandSession('linux', {})).toBe(false);
  });

  it('is never one elsewhere', () => {
    expect(isWaylandSession('darwin', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
  });
});
