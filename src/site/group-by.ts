/**
 * Items under each of their keys, keys in the order they first occur (an item with two keys is
 * in two lists). Shared by the plan (src/site/pages/) and the templates (src/site/templates/).
 */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}
