/** Every input with its field and slider (InputsPanel.tsx). */
export const inputs = {
  title: 'Inputs',
  none: 'No inputs: the output depends on constants only.',
  stale: 'Fix the program\'s error to change values.',
  gradient: 'gradient',
  value: (name: string) => `${name} value`,
  slider: (name: string) => `${name} slider`,
  declare: 'declare',
  declareHint: (name: string) => `${name} is used but never given a value; add ${name} = 1 to the program`,
} as const;
