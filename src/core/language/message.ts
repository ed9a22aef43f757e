/**
 * The engine's messages: English text plus a reference `{ key, args }` into the catalogs'
 * `engine.messages`, so the app can show the same message in the student's language. The
 * English templates live in the catalog (i18n/en/engine.ts), the one place the words are.
 */
import { messages, patterns, steps } from '../../i18n/en/engine.ts';

export type Templates = typeof messages;
export type MessageKey = keyof Templates;
export type PatternKey = keyof typeof patterns;
export type StepWord = keyof typeof steps;

/** A step's plain-text summary in English: its word, then its formulas (`textBody`). */
export const stepText = (word: StepWord, body: string): string => `${steps[word]}: ${body}`;

/** A message's arguments: names, numbers, what was found, or another message (a reason inside it). */
export type MessageArg = string | number | undefined | { readonly end: 'program' | 'line' } | { readonly token: string } | MessageRef;

export interface MessageRef {
  readonly key: MessageKey;
  readonly args: readonly MessageArg[];
}

/** A template's parameters, where any string may also be a nested message. */
type RefArgs<P extends readonly unknown[]> = { [I in keyof P]: P[I] extends string ? P[I] | MessageRef : P[I] };

const isRef = (a: MessageArg): a is MessageRef => typeof a === 'object' && 'key' in a;

/** A reference, checked against its template's parameters. */
export const ref = <K extends MessageKey>(key: K, ...args: RefArgs<Parameters<Templates[K]>>): MessageRef => ({ key, args: args as readonly MessageArg[] });

/** A message in the language of `templates` (a catalog's `engine.messages`); nested messages too. */
export function renderMessage(templates: Templates, r: MessageRef): string {
  const args = r.args.map((a) => (a !== undefined && isRef(a) ? renderMessage(templates, a) : a));
  return (templates[r.key] as (...a: readonly unknown[]) => string)(...args);
}

/** The English text and the reference together: what an error or a warning carries. */
export interface Said {
  readonly message: string;
  readonly ref: MessageRef;
}

export function say<K extends MessageKey>(key: K, ...args: RefArgs<Parameters<Templates[K]>>): Said {
  const r = ref(key, ...args);
  return { message: renderMessage(messages, r), ref: r };
}

/** A gate pattern or step note in English; the key is kept beside it for the app. */
export const patternText = (key: PatternKey): string => patterns[key];
