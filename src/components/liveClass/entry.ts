/**
 * The live class's door, in the first chunk: which panel is open, and whether this page opens
 * one by itself — a join link (`?class=CODE`) or a class this tab was in before a reload. The
 * rest of the live class (the Socket.IO client, the panels, the QR code) loads only then.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type Door = 'present' | 'join' | null;

/** This tab's class (session storage: per tab, kept across a reload). The presenter's key stays here. */
export const SESSION_KEY = 'chainrule.liveClass';
export type Session = { readonly role: 'presenter'; readonly code: string; readonly key: string } | { readonly role: 'student'; readonly code: string };

export function readSession(): Session | null {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const s = raw as Record<string, unknown>;
    if (s.role === 'presenter' && typeof s.code === 'string' && typeof s.key === 'string') return { role: 'presenter', code: s.code, key: s.key };
    if (s.role === 'student' && typeof s.code === 'string') return { role: 'student', code: s.code };
  } catch {
    // No session storage, or not ours: no class to resume.
  }
  return null;
}

/** The code of a join link in this page's address, if any. */
export function linkedCode(): string | null {
  try {
    return new URLSearchParams(location.search).get('class');
  } catch {
    return null;
  }
}

function initialDoor(): Door {
  if (typeof location === 'undefined') return null;
  if (linkedCode()) return 'join';
  const session = readSession();
  return session ? (session.role === 'presenter' ? 'present' : 'join') : null;
}

export const liveClassDoor = createStore<{ door: Door }>()(() => ({ door: initialDoor() }));
export const useDoor = () => useStore(liveClassDoor, (s) => s.door);
export const openDoor = (door: Door) => liveClassDoor.setState({ door });
