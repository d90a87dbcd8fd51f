import { describe, expect, it } from 'vitest';
import { acceleratorSchema, DEFAULT_QUICK_SWITCHER_SHORTCUT } from '../../../shared/accelerator';

describe('acceleratorSchema', () => {
  it.each([DEFAULT_QUICK_SWITCHER_SHORTCUT, 'Alt+Space', 'CmdOrCtrl+Shift+F12', 'Super+K', ''])('accepts %j', (value) => {
    expect(acceleratorSchema.safeParse(value).success).toBe(true);
  });

  it.each(['B', 'Ctrl+', 'Ctrl+Shift', 'Hyper+B', 'Ctrl+Foo', 'Ctrl+B+C'])('refuses %j with a message saying the form', (value) => {
    const result = acceleratorSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/CommandOrControl\+Alt\+Shift\+B/);
  });

  it('is not the 1Password default', () => {
    expect(DEFAULT_QUICK_SWITCHER_SHORTCUT).not.toMatch(/^(CommandOrControl|CmdOrCtrl)\+Shift\+Space$/);
  });
});
