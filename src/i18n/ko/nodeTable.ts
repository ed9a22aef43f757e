import type { Catalog } from '../index.ts';

export const nodeTable: Catalog['nodeTable'] = {
  caption: (step: number, count: number) => `${count}단계 중 ${step}단계의 노드`,
  node: '노드',
  kind: '종류',
  value: '값',
  gradient: '기울기',
  notComputed: '아직 계산 전',
  notReached: '아직 도달 전',
  current: (name: string) => `${name} (현재 단계)`,
  input: '입력',
  const: '상수',
  gate: (op: string) => `${op} 게이트`,
};
