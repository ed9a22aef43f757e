import type { Catalog } from '../index.ts';

/** Gates by the glossary's names, not by the op's English key; a function gate keeps its function's name. */
const GATE_NAMES: Readonly<Record<string, string>> = {
  add: '덧셈', sub: '뺄셈', mul: '곱셈', div: '나눗셈', neg: '부호 반전', pos: '단항 플러스', identity: '항등', pow: '거듭제곱',
  sigmoid: '시그모이드', relu: 'ReLU',
};

export const nodeTable: Catalog['nodeTable'] = {
  caption: (step: number, count: number) => `${count}단계 중 ${step}단계의 노드`,
  node: '노드',
  kind: '종류',
  value: '값',
  gradient: '기울기',
  tangent: (x: string) => `접선 값 ∂·/∂${x}`,
  notComputed: '아직 계산 전',
  notReached: '아직 도달 전',
  partial: (sum: string, terms: number, of: number) => `지금까지 ${sum} (항 ${of}개 중 ${terms}개)`,
  current: (name: string) => `${name} (현재 단계)`,
  input: '입력',
  const: '상수',
  gate: (op: string) => `${GATE_NAMES[op] ?? op} 게이트`,
};
