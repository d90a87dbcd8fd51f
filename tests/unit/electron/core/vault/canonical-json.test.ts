// Canonical JSON: the associated data of an export must not depend on key order or spacing, and must not be fooled by "__proto__".
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../electron/core/vault/canonical-json';

describe('canonicalJson', () => {
  it('spells equal values the same whatever their key order or spacing', () => {
    const a = JSON.parse('{"b": [1, {"y": "2", "x": null}], "a": true}');
    const b = JSON.parse('{"a":true,"b":[1,{"x":null,"y":"2"}]}');
    expect(canonicalJson(a)).toBe('{"a":true,"b":[1,{"x":null,"y":"2"}]}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('tells different values apart, including array order', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: '1' })).not.toBe(canonicalJson({ a: 1 }));
  });

  it('keeps a parsed "__proto__" key as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__": {"x": 1}, "a": 2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('leaves out undefined members, like JSON.stringify, and refuses numbers JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });
});
