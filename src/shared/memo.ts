/**
 * A pure function remembered for up to `limit` distinct arguments; past that the memory starts
 * again, so a long-running server never grows it without bound. `keyOf` names the argument(s);
 * by default the first one.
 */
export function memoised<Args extends unknown[], R>(limit: number, compute: (...args: Args) => R, keyOf: (...args: Args) => string = (...args) => String(args[0])): (...args: Args) => R {
  const known = new Map<string, R>();
  return (...args) => {
    const key = keyOf(...args);
    if (known.has(key)) return known.get(key)!;
    const value = compute(...args);
    if (known.size > limit) known.clear();
    known.set(key, value);
    return value;
  };
}
