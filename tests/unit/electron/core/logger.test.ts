// The logging port's helpers: an Error's stack for internal errors, never the contents of anything else thrown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, describeError, teeLogger, type Logger } from '../../../../electron/core/logger';

afterEach(() => vi.restoreAllMocks());

describe('describeError', () => {
  it("gives an Error's stack: its name, message and frames", () => {
    const error = new TypeError('cannot read properties of undefined');
    expect(describeError(error)).toBe(error.stack);
    expect(describeError(error)).toMatch(/^TypeError: cannot read properties of undefined\n\s+at /);
  });

  it('names only the type of anything else thrown, which could be a value', () => {
    expect(describeError('client_secret=hunter2')).toBe('(a thrown string, not an Error)');
    expect(describeError({ accessToken: 'eyJ.x.y' })).toBe('(a thrown object, not an Error)');
    expect(describeError(null)).toBe('(a thrown null, not an Error)');
  });
});

describe('consoleLogger', () => {
  it('prints the stack under the message of an internal error (a dev run has no other place to see it)', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new Error('disk full');
    consoleLogger.error('activity: could not save the history', error);
    consoleLogger.error('demo: nothing thrown');
    expect(printed.mock.calls).toEqual([[`activity: could not save the history\n${error.stack}`], ['demo: nothing thrown']]);
  });
});

describe('teeLogger', () => {
  it('hands every line, with its error, to each logger', () => {
    const seen: string[] = [];
    const recording = (name: string): Logger => ({
      info: (message) => void seen.push(`${name} info ${message}`),
      warn: (message) => void seen.push(`${name} warn ${message}`),
      error: (message, error) => void seen.push(`${name} error ${message} ${(error as Error).message}`),
    });
    const logger = teeLogger(recording('a'), recording('b'));
    logger.info('one');
    logger.warn('two');
    logger.error('three', new Error('boom'));
    expect(seen).toEqual(['a info one', 'b info one', 'a warn two', 'b warn two', 'a error three boom', 'b error three boom']);
  });
});
