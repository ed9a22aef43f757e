import type { Catalog } from '../index.ts';

export const editor: Catalog['editor'] = {
  label: '프로그램',
  error: (line: number, column: number, message: string) => `${line}행 ${column}열: ${message}`,
  unreadable: (reason: string) => `저장된 프로그램을 읽을 수 없어 (${reason}) 기본 예제를 열었습니다. 저장된 내용은 이 알림을 닫을 때까지 이 브라우저에 보관합니다.`,
  dismissUnreadable: '닫기',
  notSaving: '이 브라우저는 프로그램을 저장하지 못합니다 (저장 공간이 가득 찼거나 꺼져 있음). 안전한 곳에 복사해 두세요.',
};
