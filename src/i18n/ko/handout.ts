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
  layersIntro: '계층 보기입니다. 쓴 문장 하나가 노드 하나이고, 단계마다 행렬 형태로 적었습니다. 모든 수는 스칼라 계산 그래프에서 그 원소가 갖는 값입니다.',
  layersFigure: '역전파를 마친 계층 그림으로, 앱이 마지막 단계에서 그리는 모습입니다. 문장 하나가 노드 하나이고 그 모양을 함께 적었습니다. 칸에는 그 원소의 기울기(점선 테두리)를, 기울기가 닿지 않는 노드에는 값을 적었습니다. 음수는 파랑, 양수는 주황입니다. 큰 행렬은 색만 칠했고, 그 수는 단계 풀이에 있습니다.',
};
