import type { PanelCatalog } from '../panels.ts';

export const layers: PanelCatalog['layers'] = {
  graph: '계층: 문장 하나가 노드 하나',
  cellValue: (entry, value) => `${entry} = ${value}`,
  cellGrad: (output, entry, value) => `∂${output}/∂${entry} = ${value}`,
  cellPending: (entry) => `${entry}: 아직 계산되지 않았습니다`,
  cellTangent: (entry, wrt, value) => `∂${entry}/∂${wrt} = ${value}`,
  legendValues: '값',
  legendGrads: '기울기 (점선 테두리)',
  legendTangents: (wrt) => `접선 값 ∂·/∂${wrt}`,
  legendName: '색 범례',
  picked: '고른 원소',
  pickHint: '칸을 고르면 그 수와 게이트 보기의 단계를 볼 수 있습니다.',
  showEntryStep: '이 원소의 단계 보기',
  forward: (name) => `순전파: ${name}의 행렬 형태와 그 수`,
  backward: (name) => `역전파: ${name}에서의 기울기(δ)와 피연산자로 전해지는 기울기`,
  backwardInput: (name) => `역전파: ${name}에서의 기울기 (같은 모양)`,
  tangent: (name, wrt) => `전진 모드: ${name}의 접선 값 ∂${name}/∂${wrt} (같은 모양)과 그 값을 주는 규칙`,
};
