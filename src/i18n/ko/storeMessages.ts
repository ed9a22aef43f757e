import type { Catalog } from '../index.ts';

/** Reasons are short noun-ending phrases (…음/…임), as in a parenthesis of the sentence around them. */
export const storeMessages: Catalog['storeMessages'] = {
  linkNotice: (why: string) => `링크를 열 수 없어 (${why}) 마지막으로 쓰던 프로그램을 대신 열었습니다.`,
  link: {
    tooLong: '링크가 너무 김',
    notLink: 'Chainrule 링크가 아니거나 더 새로운 버전의 링크임',
    notBase64: '링크가 손상됨: 쓸 수 없는 문자가 있음',
    truncated: '링크가 손상되었거나 잘림',
    notText: '링크가 손상됨: 텍스트가 아님',
    unreadable: '링크를 읽을 수 없음',
  },
  linkLesson: {
    tooLarge: '링크에 담긴 수업 기록이 너무 큼',
    notReadable: '링크에 담긴 수업 기록을 읽을 수 없음',
    notRecord: '링크에 담긴 내용이 수업 기록이 아님',
    version: (found: string, expected: number) => `링크에 담긴 수업 기록의 버전이 ${expected}이 아니라 ${found}임`,
    noVersion: (_found: string, expected: number) => `링크에 담긴 수업 기록에 버전 번호(${expected})가 없음`,
    noText: '링크에 담긴 수업 기록에 프로그램 텍스트가 없음',
  },
  savedLesson: {
    storage: '브라우저 저장소를 읽을 수 없음',
    tooLarge: '저장된 수업 기록이 너무 큼',
    notReadable: '저장된 수업 기록을 읽을 수 없음',
    notRecord: '저장된 내용이 수업 기록이 아님',
    version: (found: string, expected: number) => `저장된 수업 기록의 버전이 ${expected}이 아니라 ${found}임`,
    noVersion: (_found: string, expected: number) => `저장된 수업 기록에 버전 번호(${expected})가 없음`,
    noText: '저장된 수업 기록에 프로그램 텍스트가 없음',
  },
};
