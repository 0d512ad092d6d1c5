import { afterEach, vi } from 'vitest';

// A console.error during a test is a bug the test did not assert on (conventions: Epic Stack).
const spy = vi.spyOn(console, 'error');
afterEach(() => {
  const calls = spy.mock.calls;
  if (calls.length > 0) {
    const text = calls.map((c) => c.map(String).join(' ')).join('\n');
    spy.mockClear();
    throw new Error(`console.error was called during the test:\n${text}`);
  }
});
