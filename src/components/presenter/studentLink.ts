/**
 * The link students get from presenter mode (Copy link, the QR code): the lesson at this step,
 * without presenter mode, and in each student's own language unless the presenter keeps theirs.
 */
import { encodeShareHash } from '../../store/shareLink.ts';
import { appStore, lessonRecord } from '../../store/store.ts';

export async function studentLink(keepLanguage: boolean): Promise<string> {
  const state = appStore.getState();
  // A record with no language follows the browser that opens it.
  const record = { ...lessonRecord(state), presenter: false, language: keepLanguage ? state.language : null };
  return `${location.href.replace(/#.*$/, '')}#${await encodeShareHash(record)}`;
}
