/** The warnings list under the editor (components/Warnings.tsx); the warnings' own words are in engine.ts. */
export const warnings = {
  title: 'Warnings',
  undeclared: (count: number) => count === 1
    ? 'is used but never given a value, so it is an input with the default value 1.'
    : 'are used but never given a value, so each is an input with the default value 1.',
  line: (line: number) => `Line ${line}`,
  declareOne: (name: string) => `Declare ${name}`,
  declareAll: 'Declare all',
  declareTitle: 'Add a line name = 1 for each, so each value can be set',
};
