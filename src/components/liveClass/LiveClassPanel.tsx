/**
 * The live class's panel (lazy, with the Socket.IO client): the presenter's room or the
 * student's, in a corner over the app. Opening it starts or resumes the class; "End the class"
 * or "Leave the class" closes it.
 */
import { useEffect } from 'react';
import type { Door } from './entry.ts';
import { leave, resume, useLiveClass } from './classConnection.ts';
import { PresenterRoom } from './PresenterRoom.tsx';
import { StudentRoom } from './StudentRoom.tsx';
import { useClassT } from './useClassT.ts';
import './liveClass.css';

export default function LiveClassPanel({ door }: { door: Exclude<Door, null> }) {
  const t = useClassT();
  const connection = useLiveClass((s) => s.connection);
  const joined = useLiveClass((s) => s.joined);
  useEffect(() => { resume(door); }, [door]);
  return (
    <section className="live-class" aria-label={t.region}>
      <header className="live-class-head">
        <h2>{t.region}</h2>
        <button type="button" className="live-class-close" onClick={leave}>{door === 'present' ? t.end : joined ? t.leave : t.close}</button>
      </header>
      {(connection === 'connecting' || connection === 'unreachable' || connection === 'reconnecting') && (
        <p className={`live-class-connection ${connection}`} role="status">
          {connection === 'connecting' ? t.connecting : connection === 'unreachable' ? t.unreachable : t.reconnecting}
        </p>
      )}
      {door === 'present' ? <PresenterRoom /> : <StudentRoom />}
    </section>
  );
}
