import type { Catalog } from '../index.ts';

export const handout: Catalog['handout'] = {
  title: '역전파, 한 단계씩',
  forward: '순전파',
  backward: '역전파',
  results: '결과',
  nothing: '여기서는 할 일이 없습니다.',
  name: '이름',
  value: '값',
  gradient: '기울기',
  note: '참고',
  step: (step: number, count: number) => `${count}단계 중 ${step}단계`,
  graph: '계산 그래프',
  figure: '역전파를 마친 계산 그래프입니다. 간선 위에는 값, 아래에는 그 간선으로 돌아가는 기울기(∂)를 적었습니다. 노드 아래의 Σ∂는 분기된 기울기의 합입니다. 이름 없는 게이트는 단계 풀이와 같이 g₁, g₂, …로 부릅니다.',
  figureOmitted: (nodes: number) => `그래프의 노드가 ${nodes}개로 많아 한 쪽에 그리지 않았습니다.`,
};
