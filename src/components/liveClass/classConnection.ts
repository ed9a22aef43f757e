/**
 * The live class's connection (lazy): one Socket.IO client to the page's own origin, which
 * reconnects by itself (every ≤ 2 s) and, on every connect, hosts or joins again — so a reload,
 * a dropped connection or a restarted server resumes the class. The presenter's key is made
 * here and kept in this tab's session storage (entry.ts); it is sent only to prove the room.
 */
import { io, type Socket } from 'socket.io-client';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { decodeLesson } from '../../store/lessonState.ts';
import { appStore } from '../../store/store.ts';
import { isCode, isQuestion, normalizeCode, type ClassQuestion, type HostReply, type JoinReply, type Refusal } from '../../view/liveClass/wire.ts';
import { linkedCode, openDoor, readSession, SESSION_KEY, type Session } from './entry.ts';
import { applyClassLesson, startSendingLesson, type StopSending } from './lessonSync.ts';

export type Connection = 'idle' | 'connecting' | 'unreachable' | 'connected' | 'reconnecting';

export interface LiveClassState {
  readonly role: 'presenter' | 'student' | null;
  readonly connection: Connection;
  readonly code: string | null;
  readonly refused: Refusal | null;
  readonly ended: boolean;
  /** Presenter: students in the room. */
  readonly followers: number;
  /** Student: in the room, and whether the screen follows it or the student explores. */
  readonly joined: boolean;
  readonly following: boolean;
  /** The class's lesson record as last received (student) or sent (presenter). */
  readonly lesson: string | null;
  readonly question: ClassQuestion | null;
  /** The lesson record the open question was asked on. */
  readonly questionLesson: string | null;
  /** Presenter: the open question's answers. Student: this student's answer to it. */
  readonly answers: readonly number[];
  readonly myAnswer: number | null;
  readonly tooLarge: boolean;
}

const initial: LiveClassState = {
  role: null, connection: 'idle', code: null, refused: null, ended: false, followers: 0, joined: false, following: true,
  lesson: null, question: null, questionLesson: null, answers: [], myAnswer: null, tooLarge: false,
};
export const liveClass = createStore<LiveClassState>()(() => initial);
export const useLiveClass = <T>(pick: (s: LiveClassState) => T): T => useStore(liveClass, pick);
const set = (patch: Partial<LiveClassState>) => liveClass.setState(patch);

// The app's store knows whether a class drives this screen: the class's "Hide numbers" blanks it then only.
liveClass.subscribe((s) => {
  const on = s.role === 'student' && s.joined && s.following;
  if (appStore.getState().following !== on) appStore.getState().setFollowing(on);
});

let socket: Socket | null = null;
let session: Session | null = readSession();
let stopSending: StopSending | null = null;
let everConnected = false;
let retry: ReturnType<typeof setTimeout> | undefined;

function save(next: Session | null): void {
  session = next;
  try {
    if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // No session storage: the class works, but a reload leaves it.
  }
}

function connect(): Socket {
  if (socket) return socket;
  set({ connection: 'connecting' });
  const s = io({ path: '/socket.io/', reconnectionDelay: 500, reconnectionDelayMax: 2000, timeout: 5000 });
  s.on('connect', () => {
    everConnected = true;
    set({ connection: 'connected' });
    enter();
  });
  s.on('connect_error', () => set({ connection: everConnected ? 'reconnecting' : 'unreachable' }));
  s.on('disconnect', () => set({ connection: 'reconnecting' }));
  s.on('followers', (n: unknown) => { if (Number.isSafeInteger(n)) set({ followers: n as number }); });
  s.on('lesson', (text: unknown) => { if (typeof text === 'string') receiveLesson(text); });
  s.on('question', (q: unknown) => receiveQuestion(q === null || isQuestion(q) ? q : undefined));
  s.on('answers', (a: { seq?: unknown; values?: unknown }) => {
    const { question } = liveClass.getState();
    if (question && a?.seq === question.seq && Array.isArray(a.values)) set({ answers: a.values.filter((v): v is number => typeof v === 'number') });
  });
  s.on('ended', () => {
    stopSending?.();
    stopSending = null;
    save(null);
    dropLinkFromAddress();
    set({ ended: true, joined: false, code: null, question: null, answers: [] });
  });
  return (socket = s);
}

/** After every (re)connect: the presenter hosts its room again, the student joins it again. */
function enter(): void {
  const s = socket;
  if (!s || !session) return;
  clearTimeout(retry);
  if (session.role === 'presenter') {
    const { key } = session;
    s.emitWithAck('host', hostPayload(session)).then((reply: HostReply) => hosted(reply, key), () => {});
  } else {
    const { code } = session;
    s.emitWithAck('join', { code }).then((reply: JoinReply) => joined(reply), () => {});
  }
}

function hosted(reply: HostReply, key: string): void {
  if (!reply.ok) {
    save(null);
    set({ refused: reply.reason, code: null });
    return;
  }
  save({ role: 'presenter', code: reply.code, key });
  set({ code: reply.code, refused: null, ended: false, question: reply.question, answers: reply.answers });
  stopSending?.();
  stopSending = startSendingLesson((text) => {
    socket?.emit('lesson', text);
    set({ lesson: text, tooLarge: false });
  }, () => set({ tooLarge: true }));
  // A server that restarted lost the question: the presenter's page puts it back.
  const { question, questionLesson } = liveClass.getState();
  if (!reply.question && question && questionLesson) {
    socket?.emit('ask', { id: question.id });
    if (question.revealed) socket?.emit('reveal');
  }
}

function joined(reply: JoinReply): void {
  if (!reply.ok) {
    const wasIn = liveClass.getState().joined || liveClass.getState().code !== null;
    // A class we were in may be back in a moment (its server restarted): keep asking.
    if (wasIn && reply.reason === 'noRoom') {
      retry = setTimeout(enter, 1000);
      return;
    }
    save(null);
    set({ refused: reply.reason, joined: false, code: null });
    return;
  }
  save({ role: 'student', code: reply.code });
  set({ code: reply.code, joined: true, refused: null, ended: false });
  if (reply.lesson) receiveLesson(reply.lesson);
  receiveQuestion(reply.question);
}

function receiveLesson(text: string): void {
  if (liveClass.getState().role !== 'student') return;
  // Never trusted: decoded by the decoder links and autosave use.
  const decoded = decodeLesson(text);
  if (!decoded.ok) return;
  set({ lesson: text });
  if (liveClass.getState().following) applyClassLesson(decoded.value);
}

function receiveQuestion(q: ClassQuestion | null | undefined): void {
  if (q === undefined) return;
  const before = liveClass.getState().question;
  const fresh = q === null || q.seq !== before?.seq;
  set({
    question: q,
    questionLesson: fresh ? (q ? liveClass.getState().lesson : null) : liveClass.getState().questionLesson,
    ...(fresh ? { myAnswer: null, answers: [] } : {}),
  });
}

/** A random presenter key from the browser's crypto. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function startPresenting(): void {
  if (liveClass.getState().role === 'presenter' && session?.role === 'presenter') return;
  if (session?.role !== 'presenter') save({ role: 'presenter', code: '', key: newKey() });
  set({ role: 'presenter', refused: null, ended: false });
  const s = connect();
  if (s.connected) enter();
}

/** Presenter: "host" without a code makes a fresh room; with its code and key, resumes it. */
const hostPayload = (p: Session & { role: 'presenter' }) => (isCode(p.code) ? { code: p.code, key: p.key } : { key: p.key });

export function joinClass(typed: string): void {
  const code = normalizeCode(typed);
  save({ role: 'student', code });
  set({ role: 'student', refused: null, ended: false, following: true, code: null });
  const s = connect();
  if (s.connected) enter();
}

/** The join link or an earlier session of this tab. */
export function resume(door: 'present' | 'join'): void {
  if (door === 'present') return startPresenting();
  const code = linkedCode() ?? (session?.role === 'student' ? session.code : null);
  if (code) joinClass(code);
  else set({ role: 'student' });
}

export function explore(): void {
  set({ following: false });
}

export function followAgain(): void {
  set({ following: true });
  const { lesson } = liveClass.getState();
  const decoded = lesson ? decodeLesson(lesson) : null;
  if (decoded?.ok) applyClassLesson(decoded.value);
}

// Asking hides the step's numbers (the question's answer among them) on the projector and on
// every follower until the answer is revealed, unless the presenter had hidden them already.
// Outside presenter mode nothing else can have hidden them (and no button shows them again), so
// the reveal shows them even when a reload forgot who hid them.
let hidForQuestion = false;
const unhide = () => {
  if (hidForQuestion || !appStore.getState().presenter) appStore.getState().setHideNumbers(false);
  hidForQuestion = false;
};

export function ask(id: string): void {
  if (!socket) return;
  if (!appStore.getState().settings.hideNumbers) {
    hidForQuestion = true;
    appStore.getState().setHideNumbers(true);
  }
  socket.emit('ask', { id });
}
export function reveal(): void {
  unhide();
  socket?.emit('reveal');
}
export function closeQuestion(): void {
  unhide();
  socket?.emit('ask', null);
}

export function answer(value: number): void {
  const { question, myAnswer } = liveClass.getState();
  if (!question || question.revealed || myAnswer !== null) return;
  socket?.emit('answer', { seq: question.seq, value });
  set({ myAnswer: value });
}

/** Leaves (a student) or ends (the presenter) the class, and closes the panel. */
export function leave(): void {
  if (liveClass.getState().role === 'presenter') {
    unhide();
    socket?.emit('end');
  } else socket?.emit('leave');
  stopSending?.();
  stopSending = null;
  clearTimeout(retry);
  save(null);
  dropLinkFromAddress();
  socket?.disconnect();
  socket = null;
  everConnected = false;
  liveClass.setState(initial);
  openDoor(null);
}

function dropLinkFromAddress(): void {
  if (!linkedCode()) return;
  try {
    history.replaceState(history.state, '', location.pathname + location.hash);
  } catch {
    // The address keeps ?class=; a reload then offers the class again.
  }
}
