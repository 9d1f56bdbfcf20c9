import { jsonDepthExceeds } from './json-body';

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ s: '[[[[{{{{', t: 'a\\"[[[[' }), 1)).toBe(false);
  });
  it('scans a megabyte of brackets in a few milliseconds', () => {
    const text = '['.repeat(500_000) + ']'.repeat(500_000);
    const started = performance.now();
    expect(jsonDepthExceeds(text, 32)).toBe(true);
    expect(jsonDepthExceeds('[' + '1,'.repeat(400_000) + '1]', 32)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
