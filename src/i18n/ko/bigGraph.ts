import type { Catalog } from '../index.ts';

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const bigGraph: Catalog['bigGraph'] = {
  analysing: '프로그램을 분석하는 중…',
  region: '그리지 않은 그래프',
  tooBig: (nodes: number, cap: number) =>
    `이 프로그램의 노드는 ${count(nodes)}개로, 그래프로 그리는 한도인 ${count(cap)}개를 넘어 그리지 않습니다.`,
  available: '값과 기울기는 모두 계산되어 있습니다. 타임라인으로 한 단계씩 보거나, 마지막 단계의 기울기 표에서 한꺼번에 보세요.',
  showGradients: '기울기 보기',
  findName: '이름 찾기',
  rowsShown: (shown: number, found: number) => `이름 ${count(found)}개 중 ${count(shown)}개를 보여 줍니다.`,
  moreInputs: (more: number) => `입력이 ${count(more)}개 더 있습니다. 값은 프로그램에서 바꾸세요.`,
};
