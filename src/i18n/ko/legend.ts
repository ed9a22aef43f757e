import type { Catalog } from '../index.ts';

export const legend: Catalog['legend'] = {
  summary: '범례',
  value: '값, 순전파 (간선 위)',
  grad: '기울기, 역전파 (간선 아래, 굵게)',
  sum: '갈라지는 노드: 기울기 항들의 합',
  input: '입력',
  constant: '상수',
  gate: '게이트',
  current: '현재 단계의 노드',
  pending: '아직 도달 전',
  selected: '클릭한 노드',
};
