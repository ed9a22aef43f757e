import type { Catalog } from '../index.ts';

export const nodeDetails: Catalog['nodeDetails'] = {
  region: '선택한 노드',
  selected: '선택: {0}',
  close: '선택한 노드 닫기',
  value: '값',
  gradient: '기울기',
  notComputed: '아직 계산 전',
  notReached: '아직 도달 전',
  goTo: '이 단계로 이동',
  goToForward: (step: number) => `${step}단계, 순전파`,
  goToBackward: (step: number) => `${step}단계, 역전파`,
  copyValue: '값 복사',
  copyGradient: '기울기 복사',
  copiedValue: (value: string) => `값 ${value} 복사됨`,
  copiedGradient: (gradient: string) => `기울기 ${gradient} 복사됨`,
  copyFailed: '복사하지 못했습니다. 숫자를 선택해 직접 복사하세요',
  constant: '상수입니다. 값은 있지만 기울기는 표시하지 않습니다.',
  expand: '이 게이트 펼치기',
  expandHint: '이 게이트를 그 자리에서 기본 게이트들로 풀어서 그립니다',
  expandNote: '게이트 하나에 국소 기울기 하나. 펼쳐도 연쇄 법칙의 단계들을 곱하면 같은 기울기가 나옵니다.',
};
