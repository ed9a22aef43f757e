import type { Catalog } from '../index.ts';

export const app: Catalog['app'] = {
  brand: 'Chainrule',
  title: 'Chainrule — 역전파를 눈으로 보기',
  programPanel: '프로그램 패널',
  explanationPanel: '설명 패널',
  shortcuts: '키보드 단축키',
  shortcutsTitle: '키보드 단축키 (?)',
  languageReference: '문법 안내',
  foldedToFit: '그래프 전체가 보이도록 패널을 접었습니다',
  tableView: '표로 보기',
  empty: '프로그램을 입력하면 계산 그래프가 나타납니다.',
  left: '프로그램과 입력',
  right: '설명',
};
