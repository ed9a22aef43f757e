import type { Catalog } from '../index.ts';

export const gradients: Catalog['gradients'] = {
  caption: '기울기',
  name: '이름',
  value: '값',
  gradient: (output: string) => `${output}의 기울기`,
};
