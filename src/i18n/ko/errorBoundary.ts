import type { Catalog } from '../index.ts';

export const errorBoundary: Catalog['errorBoundary'] = {
  failed: (panel: string) => `오류가 나서 ${panel} 부분이 멈췄습니다.`,
  kept: '작성한 프로그램은 그대로 남아 있습니다.',
  copy: '프로그램 복사',
  copied: '복사됨',
  reset: '화면 초기화',
  programLabel: '내 프로그램',
  panels: {
    app: '앱 전체',
    examplePicker: '예제 선택',
    detailControl: '상세 수준 선택',
    editor: '편집기',
    warnings: '경고',
    inputsPanel: '입력 패널',
    graph: '그래프',
    tableView: '표 보기',
    legend: '범례',
    timeline: '타임라인',
    shareToolbar: '공유 도구',
    coursePanels: '강의 패널',
    stepPanel: '단계 설명',
    gradientsTable: '기울기 표',
    nodeDetails: '노드 정보',
    shortcutsDialog: '단축키 창',
    presenterMode: '발표 모드',
  },
};
