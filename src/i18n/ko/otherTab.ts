import type { Catalog } from '../index.ts';

export const otherTab: Catalog['otherTab'] = {
  message: '다른 탭에서 저장한 다른 프로그램이 있었습니다. 이 탭이 그 위에 저장했으므로, 그 프로그램을 따로 보관해 두었습니다.',
  open: '열기',
  dismiss: '닫기',
  region: '다른 탭의 프로그램',
};
