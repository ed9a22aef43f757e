import type { Catalog } from '../index.ts';

export const graph: Catalog['graph'] = {
  name: '계산 그래프',
  laying: '그래프를 배치하는 중…',
  fit: '화면에 맞추기',
  overview: '네트워크 전체',
  overviewMap: '네트워크 전체 지도 (보이는 부분은 테두리로 표시)',
  overviewHint: '지도에서 한 곳을 누르면 화면이 그곳으로 옮겨 갑니다',
  closeOverview: '지도 닫기',
  stale: '마지막으로 완성된 프로그램을 보여 줍니다. 오류를 고치면 갱신됩니다.',
  tooltip: {
    quiet: (node: string) => `${node}: 연습 중에는 숫자를 가립니다`,
    notComputed: (node: string) => `${node}: 값은 아직 계산 전`,
    value: (node: string, value: string) => `${node}: 값 ${value}`,
    valueAndGradient: (node: string, value: string, gradient: string) => `${node}: 값 ${value}, 기울기 ${gradient}`,
  },
};
