import type { Catalog } from '../index.ts';

export const stepPanel: Catalog['stepPanel'] = {
  region: '단계 설명',
  title: (step: number, count: number) => `${count}단계 중 ${step}단계`,
  noSteps: '단계 없음',
  nothing: '이 프로그램에는 계산할 게이트가 없습니다.',
  concealed: '위 질문에 답하면 이 단계가 보입니다.',
  forwardPass: '순전파',
  backwardPass: '역전파',
  computing: '{0} 계산',
  gradientAt: '{0}의 기울기',
  forward: '순전파',
  seed: '시작값: 출력을 자기 자신으로 미분한 값 (∂f/∂f = 1)',
  upstream: '상류 기울기',
  upstreamSum: '상류 기울기: 여러 항의 합',
  localFor: '{0}에 대한 국소 기울기',
  product: '상류 × 국소',
  productTerm: '상류 × 국소: 합의 한 항',
  runningSum: '지금까지의 합',
  inputFinal: '입력 노드이므로 이 값이 최종 기울기입니다.',
};
