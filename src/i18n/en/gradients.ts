/** The final gradients (GradientsTable.tsx). */
export const gradients = {
  caption: 'Gradients',
  name: 'Name',
  value: 'Value',
  gradient: (output: string) => `Gradient of ${output}`,
} as const;
