// The bounds every API input keeps, whatever the operation: checked once, before the operation's own
// schema, by the one dispatch both transports call. A client (a renderer, a script on the loopback port,
// a crafted file) can send anything JSON or structured clone can carry; what no form of ShiftDesk ever
// sends is refused here with a typed VALIDATION instead of reaching SQLite, the search parser or a
// recursive walk as an unexpected error. Pure.
import type { FieldIssue } from './errors';

/** Deeper than any form or filter of the app (a draft body nests four levels). */
export const MAX_INPUT_DEPTH = 32;
/** Values (objects, arrays, strings, numbers …) in one input; a handover file travels as one string. */
export const MAX_INPUT_NODES = 100_000;
/** An object key: field names, draft keys. */
export const MAX_KEY_CHARS = 200;

/**
 * C0 controls but tab, line feed and carriage return, DEL, and UTF-16 halves without their other half
 * (they cannot be stored as UTF-8). NUL in particular ends strings in C code below SQLite's API.
 */
export function hasForbiddenCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    } else if (c === 0x7f) return true;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

export interface Bounds {
  maxDepth: number;
  maxNodes: number;
  /** Numbers beyond this (and NaN, Infinity) are refused; unset, any number passes to the schema. */
  maxAbsNumber?: number;
}

const API_BOUNDS: Bounds = { maxDepth: MAX_INPUT_DEPTH, maxNodes: MAX_INPUT_NODES };

/** The first bound the input breaks, as a field issue with its path; null when it keeps them all. */
export function inputBoundIssue(input: unknown, bounds: Bounds = API_BOUNDS): FieldIssue | null {
  let nodes = 0;
  const walk = (value: unknown, path: string[], depth: number): FieldIssue | null => {
    nodes += 1;
    if (nodes > bounds.maxNodes) return { path: path.join('.'), message: 'validation.tooLarge' };
    if (typeof value === 'string') {
      return hasForbiddenCharacter(value)
        ? { path: path.join('.'), message: 'validation.controlCharacter' }
        : null;
    }
    if (typeof value === 'number' && bounds.maxAbsNumber !== undefined) {
      return Number.isFinite(value) && Math.abs(value) <= bounds.maxAbsNumber
        ? null
        : { path: path.join('.'), message: 'validation.outOfRange' };
    }
    if (typeof value !== 'object' || value === null) return null;
    if (depth >= bounds.maxDepth) return { path: path.join('.'), message: 'validation.tooDeep' };
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const issue = walk(value[i], [...path, String(i)], depth + 1);
        if (issue) return issue;
      }
      return null;
    }
    // Only plain data is walked: what structured clone adds (Map, Set, Date …) fails the schema anyway.
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return null;
    for (const key of Object.keys(value)) {
      const at = [...path, key.slice(0, 40)];
      if (key.length > MAX_KEY_CHARS) return { path: at.join('.'), message: 'validation.tooLong' };
      if (hasForbiddenCharacter(key)) return { path: at.join('.'), message: 'validation.controlCharacter' };
      const issue = walk((value as Record<string, unknown>)[key], at, depth + 1);
      if (issue) return issue;
    }
    return null;
  };
  return walk(input, [], 0);
}
