import type { PanelCatalog as Catalog } from '../panels.ts';

export const forwardMode: Catalog['forwardMode'] = {
  region: '단계 설명',
  step: (i, n) => `${n}단계 중 ${i}단계`,
  phase: '전진 모드',
  seed: '시작값: 미분하는 기준 입력의 접선 값은 1, 다른 입력은 모두 0입니다.',
  node: '값과 접선 값: ',
  hidden: '위의 문제에 답하면 이 단계가 보입니다.',
  result: '기울기, 두 가지 방법으로',
  forward: '전진 모드',
  reverse: '후진 모드(역전파)',
  same: '같은 수입니다: 두 모드 모두 같은 국소 기울기에 연쇄 법칙을 적용하며, 순서만 다릅니다.',
  differ: '두 값이 다릅니다: 이 프로그램을 알려 주세요.',
  cost: '기울기 전체를 구하는 비용',
  forwardPasses: (n) => `전진 모드: ${n}번, 입력마다 한 번.`,
  reversePasses: (n) => `후진 모드: ${n}번, 출력마다 한 번.`,
  why: '왜 역전파인가: 역전파 한 번으로 모든 매개변수 θ에 대한 ∂L/∂θ를 한꺼번에 구하지만, 전진 모드는 한 번에 입력 하나의 도함수만 얻습니다. 신경망에는 입력이 수백만 개, 손실은 하나입니다.',
  noInputs: '이 프로그램에는 입력이 없어 미분할 기준이 없습니다.',
};

export const traceTable: Catalog['traceTable'] = {
  table: '추적 표',
  node: '노드',
  expression: '식',
  value: '값',
  tangent: (x) => `접선 값 ∂·/∂${x}`,
  adjoint: (f) => `수반 값 ∂${f}/∂·`,
  input: '입력',
  line: '그 줄',
  select: (name) => `그래프에서 ${name} 선택`,
};
