/**
 * A catalog's type: the English catalog's shape, its strings widened to `string`. The Korean
 * catalog is declared with this type, so a missing key, an extra key or a message function with
 * other parameters is a compile error (and catalog.test.ts checks the same at run time).
 * Leaves are strings, or functions of numbers and names for sentences that embed them.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
