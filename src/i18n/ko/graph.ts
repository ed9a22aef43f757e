import type { Catalog } from '../index.ts';

export const graph: Catalog['graph'] = {
  name: '계산 그래프',
  laying: '그래프를 배치하는 중…',
  fit: '화면에 맞추기',
  stale: '마지막으로 완성된 프로그램을 보여 줍니다. 오류를 고치면 갱신됩니다.',
  tooltip: {
    quiet: (node: string) => `${node}: 연습 중에는 숫자를 가립니다`,
    notComputed: (node: string) => `${node}: 값은 아직 계산 전`,
    value: (node: string, value: string) => `${node}: 값 ${value}`,
    valueAndGradient: (node: string, value: string, gradient: string) => `${node}: 값 ${value}, 기울기 ${gradient}`,
  },
};
