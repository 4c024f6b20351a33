import { createContext, useCallback, useContext, useMemo, useReducer, type ReactNode } from 'react';

/**
 * Why the server ended a session, as the page says it: from the socket's `session-ended` reason or the
 * `extensions.reason` of an UNAUTHENTICATED answer (either spelling the server uses).
 */
export type SessionEndReason =
  | 'expired'
  | 'signedOutElsewhere'
  | 'deactivated'
  | 'roleChanged'
  /** The session's cookies left this browser: signed out in another tab, or the session's absolute end. */
  | 'gone'
  | 'unknown';

const END_REASONS: Record<string, SessionEndReason> = {
  EXPIRED: 'expired',
  'auth.sessionExpired': 'expired',
  SIGNED_OUT: 'signedOutElsewhere',
  'auth.signedOut': 'signedOutElsewhere',
  DEACTIVATED: 'deactivated',
  'auth.deactivated': 'deactivated',
  MEMBERSHIP_REMOVED: 'roleChanged',
  'auth.membershipRemoved': 'roleChanged',
};

export function endReasonOf(reason: unknown): SessionEndReason {
  return typeof reason === 'string' && Object.hasOwn(END_REASONS, reason) ? END_REASONS[reason] : 'unknown';
}

/**
 * Where the session stands. The session itself is the server's HttpOnly cookie: the page never sees a
 * token, and knows it is signed in only because `me` answers.
 * - `checking`: the page asks `me` (on opening, or after the session in this browser changed);
 * - `signedIn` / `signingOut` (the person pressed "Afmelden" and the server has not answered yet);
 * - `signedOut`: the sign-in page;
 * - `left`: the person signed out ("U bent afgemeld"), `confirmed` when the server ended the session;
 * - `ended`: the server ended it ("Uw sessie is beëindigd"), and why.
 */
export type SessionStatus =
  | { status: 'checking'; wasSignedIn: boolean; gone?: boolean }
  | { status: 'signedIn' }
  | { status: 'signingOut' }
  | { status: 'signedOut' }
  | { status: 'left'; confirmed: boolean }
  | { status: 'ended'; reason: SessionEndReason };

export interface SessionState {
  session: SessionStatus;
  /** Grows at every sign-in, sign-out, switch and end: each gets a new urql client, so nothing cached for one user shows to the next. */
  generation: number;
}

export type SessionAction =
  | { type: 'checked'; signedIn: boolean; reason?: unknown }
  | { type: 'signIn' }
  | { type: 'switched' }
  | { type: 'beginSignOut' }
  | { type: 'signedOut'; confirmed: boolean }
  | { type: 'ended'; reason?: unknown; generation?: number }
  | { type: 'changed'; gone: boolean; generation?: number }
  | { type: 'startAgain' };

const signedIn = (s: SessionStatus) => s.status === 'signedIn' || s.status === 'signingOut';

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const { session, generation } = state;
  const next = (s: SessionStatus): SessionState => ({ session: s, generation: generation + 1 });
  // News from the client of an earlier session (a request still under way when it was replaced) is stale.
  const stale = 'generation' in action && action.generation !== undefined && action.generation !== generation;
  switch (action.type) {
    case 'checked':
      if (session.status !== 'checking') return state;
      if (action.signedIn) return { session: { status: 'signedIn' }, generation };
      // The server says no more than "expired" of a session that is gone; the page knows when its cookies went.
      return session.wasSignedIn
        ? next({ status: 'ended', reason: session.gone ? 'gone' : endReasonOf(action.reason) })
        : { session: { status: 'signedOut' }, generation };
    case 'signIn':
      return next({ status: 'signedIn' });
    case 'switched':
      return session.status === 'signedIn' ? next({ status: 'signedIn' }) : state;
    case 'beginSignOut':
      return session.status === 'signedIn' ? { session: { status: 'signingOut' }, generation } : state;
    case 'signedOut':
      return next({ status: 'left', confirmed: action.confirmed });
    case 'ended':
      // Only a session in use can end; while one's own sign-out is under way its end is no news.
      return session.status === 'signedIn' && !stale
        ? next({ status: 'ended', reason: endReasonOf(action.reason) })
        : state;
    case 'changed':
      return session.status === 'signedIn' && !stale
        ? next({ status: 'checking', wasSignedIn: true, gone: action.gone })
        : state;
    case 'startAgain':
      return session.status === 'left' || session.status === 'ended'
        ? { session: { status: 'signedOut' }, generation }
        : state;
  }
}

interface SessionValue extends SessionState {
  /** True while `me` may be asked: signed in (or signing out). */
  signedIn: boolean;
  /** The answer to `me` while checking: signed in, or not (with the server's reason). */
  checked(signedIn: boolean, reason?: unknown): void;
  /** devLogin (or another sign-in in the page) succeeded: the server has set the session cookie. */
  signIn(): void;
  /** actAs switched the session: the same person works as another role; start afresh. */
  switched(): void;
  /** The person pressed "Afmelden": from now on the end of this session is their own doing. */
  beginSignOut(): void;
  /** Signed out; `confirmed` when the server said so (otherwise only this page forgot the session). */
  signedOut(confirmed: boolean): void;
  /** The server ended the session (socket `session-ended`, or UNAUTHENTICATED while signed in). */
  endSession(reason?: unknown, generation?: number): void;
  /** The session cookie in this browser changed (another tab signed in), or is `gone`: ask `me` afresh. */
  sessionChanged(gone: boolean, generation?: number): void;
  /** From "U bent afgemeld" or "Uw sessie is beëindigd" back to the sign-in page. */
  startAgain(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(sessionReducer, {
    session: { status: 'checking', wasSignedIn: false },
    generation: 0,
  });
  const checked = useCallback(
    (signedIn: boolean, reason?: unknown) => dispatch({ type: 'checked', signedIn, reason }),
    [],
  );
  const signIn = useCallback(() => dispatch({ type: 'signIn' }), []);
  const switched = useCallback(() => dispatch({ type: 'switched' }), []);
  const beginSignOut = useCallback(() => dispatch({ type: 'beginSignOut' }), []);
  const signedOut = useCallback((confirmed: boolean) => dispatch({ type: 'signedOut', confirmed }), []);
  const endSession = useCallback(
    (reason?: unknown, generation?: number) => dispatch({ type: 'ended', reason, generation }),
    [],
  );
  const sessionChanged = useCallback(
    (gone: boolean, generation?: number) => dispatch({ type: 'changed', gone, generation }),
    [],
  );
  const startAgain = useCallback(() => dispatch({ type: 'startAgain' }), []);
  const value = useMemo(
    () => ({
      ...state,
      signedIn: signedIn(state.session),
      checked,
      signIn,
      switched,
      beginSignOut,
      signedOut,
      endSession,
      sessionChanged,
      startAgain,
    }),
    [state, checked, signIn, switched, beginSignOut, signedOut, endSession, sessionChanged, startAgain],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
