/**
 * A value the running server replaces whole: the hall's config when an admin changes it, where requests
 * arrive once the host is listening. Readers call current() each time they need it, so none keeps a stale copy.
 */
export interface Holder<T> {
  current(): T;
  replace(next: T): void;
}

export function holder<T>(initial: T): Holder<T> {
  let value = initial;
  return {
    current: () => value,
    replace: (next) => {
      value = next;
    },
  };
}
