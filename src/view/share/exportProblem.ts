/**
 * Why an export failed, as a code: the toolbar says it in the student's language (the share
 * catalog's `exportProblems`). Anything else thrown (a browser's own refusal) is `unknown`.
 */
export type ExportProblemCode = 'notDrawn' | 'noCanvas' | 'notEncoded' | 'fontUnreadable';

export class ExportProblem extends Error {
  constructor(readonly code: ExportProblemCode, detail?: string) {
    super(detail === undefined ? code : `${code} (${detail})`);
  }
}
