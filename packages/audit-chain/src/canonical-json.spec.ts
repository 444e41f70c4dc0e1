import { AuditFormatError } from './audit-format.error.js';
import { canonicalJson } from './canonical-json.js';
import type { JsonValue } from './canonical-json.js';

/** Lets the specs hand canonicalJson values its type forbids, as untyped callers could. */
const untyped = (value: unknown) => value as JsonValue;

describe('canonicalJson', () => {
  it('writes sorted keys and no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, false, null], c: { z: 'x', y: {} } })).toBe(
      '{"a":[true,false,null],"b":1,"c":{"y":{},"z":"x"}}',
    );
  });

  it('gives the same text whatever order the keys were inserted in, at every depth', () => {
    const one = { area: 'Sungai Raya', votes: { agree: 3, disagree: 1, pass: 0 }, tags: [{ k: 1, j: 2 }] };
    const other = { tags: [{ j: 2, k: 1 }], votes: { pass: 0, disagree: 1, agree: 3 }, area: 'Sungai Raya' };
    expect(canonicalJson(one)).toBe(canonicalJson(other));
  });

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([[], [[]], {}])).toBe('[[],[[]],{}]');
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('sorts keys by UTF-16 code unit, as RFC 8785 does', () => {
    // U+1F600 is stored as the surrogates D83D DE00, which sort before U+FF61.
    const value = { '\uff61': 1, '😀': 2, é: 3, z: 4, a: 5, A: 6, '10': 7, '9': 8 };
    expect(canonicalJson(value)).toBe('{"10":7,"9":8,"A":6,"a":5,"z":4,"é":3,"😀":2,"｡":1}');
  });

  it('writes non-ASCII text as itself and escapes exactly what JSON.stringify escapes', () => {
    const text = 'Jalan di Desa Kuala Dua rusak — 道路 😀\n"tab"\there\\ \u0001 \u2028';
    expect(canonicalJson(text)).toBe(JSON.stringify(text));
    expect(canonicalJson({ judul: 'Perbaikan jalan 😀' })).toBe('{"judul":"Perbaikan jalan 😀"}');
    expect(canonicalJson('\u0000')).toBe('"\\u0000"');
  });

  it('writes numbers as JavaScript prints them', () => {
    expect(canonicalJson([0, -0, 1, -1, 0.1, 1.5e-7, 1e21, 123456789012345680000, 2 ** 53 - 1, 4.35])).toBe(
      '[0,0,1,-1,0.1,1.5e-7,1e+21,123456789012345680000,9007199254740991,4.35]',
    );
  });

  it('survives a round trip through JSON, so a value read back from the database serialises the same', () => {
    const value = { z: [1, { b: null, a: 'é' }], a: { nested: { deeper: [0.5, 'x'] } } };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text) as JsonValue)).toBe(text);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('accepts objects without a prototype and values shared without a cycle', () => {
    const bare = Object.assign(Object.create(null) as Record<string, JsonValue>, { b: 2, a: 1 });
    const shared = { n: 1 };
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
    expect(canonicalJson({ x: shared, y: [shared] })).toBe('{"x":{"n":1},"y":[{"n":1}]}');
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['undefined', undefined],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a Set', new Set()],
    ['a class instance', new (class Vote {})()],
    ['a boxed string', new String('x')],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s at the top level', (_name, value) => {
    expect(() => canonicalJson(untyped(value))).toThrow(AuditFormatError);
  });

  it.each([
    ['undefined in an object', { a: undefined }, '$.a'],
    ['undefined in an array', [1, undefined], '$[1]'],
    ['NaN deep inside', { votes: { counts: [1, NaN] } }, '$.votes.counts[1]'],
    ['a Date inside', { at: new Date(0) }, '$.at'],
    ['a function inside', { f() {} }, '$.f'],
    ['a hole in an array', [1, , 3], '$[1]'],
    ['a lone surrogate in a key', { 'k\ud800': 1 }, '$["k\\ud800"]'],
    ['a symbol key', { [Symbol('s')]: 1 }, '$'],
  ])('refuses %s and names where', (_name, value, path) => {
    let thrown: unknown;
    try {
      canonicalJson(untyped(value));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AuditFormatError);
    expect((thrown as AuditFormatError).path).toBe(path);
  });

  it('explains that a Date must be converted by the caller', () => {
    expect(() => canonicalJson(untyped({ at: new Date(0) }))).toThrow(/ISO-8601/);
  });

  it('refuses cycles instead of overflowing the stack', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped.self = { back: looped };
    expect(() => canonicalJson(untyped(looped))).toThrow(/circular/);
  });
});
