import { describe, expect, it } from 'vitest';
import { endReasonOf, sessionReducer, type SessionAction, type SessionState } from './session';

const run = (start: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, start);
const opening: SessionState = { session: { status: 'checking', wasSignedIn: false }, generation: 0 };

describe('the session as the page knows it', () => {
  it('is signed in when `me` answers, on the same client; signed out (not "ended") when it does not', () => {
    expect(run(opening, { type: 'checked', signedIn: true })).toEqual({
      session: { status: 'signedIn' },
      generation: 0,
    });
    expect(run(opening, { type: 'checked', signedIn: false, reason: 'auth.sessionExpired' })).toEqual({
      session: { status: 'signedOut' },
      generation: 0,
    });
  });

  it('gets a new client at every sign-in, switch, sign-out and end', () => {
    const signedIn = run(opening, { type: 'checked', signedIn: false }, { type: 'signIn' });
    expect(signedIn).toEqual({ session: { status: 'signedIn' }, generation: 1 });
    expect(run(signedIn, { type: 'switched' }).generation).toBe(2);
    expect(run(signedIn, { type: 'beginSignOut' }, { type: 'signedOut', confirmed: true })).toEqual({
      session: { status: 'left', confirmed: true },
      generation: 2,
    });
    expect(run(signedIn, { type: 'ended', reason: 'DEACTIVATED' })).toEqual({
      session: { status: 'ended', reason: 'deactivated' },
      generation: 2,
    });
  });

  it("does not call one's own sign-out an end, nor take news from an earlier client", () => {
    const signedIn = run(opening, { type: 'checked', signedIn: true });
    const leaving = run(signedIn, { type: 'beginSignOut' }, { type: 'ended', reason: 'SIGNED_OUT' });
    expect(leaving.session).toEqual({ status: 'signingOut' });
    expect(run(leaving, { type: 'signedOut', confirmed: false }).session).toEqual({ status: 'left', confirmed: false });
    const again = run(signedIn, { type: 'switched' });
    expect(run(again, { type: 'ended', reason: 'EXPIRED', generation: 0 })).toBe(again);
    expect(run(again, { type: 'changed', gone: true, generation: 0 })).toBe(again);
    // Signed out, an UNAUTHENTICATED answer (a wrong demo address, say) ends nothing.
    const out = run(opening, { type: 'checked', signedIn: false });
    expect(run(out, { type: 'ended', reason: 'auth.sessionExpired' })).toBe(out);
  });

  it("asks `me` afresh when the browser's session changed, and says it ended when it is gone", () => {
    const signedIn = run(opening, { type: 'checked', signedIn: true });
    const checking = run(signedIn, { type: 'changed', gone: false, generation: 0 });
    expect(checking).toEqual({ session: { status: 'checking', wasSignedIn: true, gone: false }, generation: 1 });
    expect(run(checking, { type: 'checked', signedIn: false, reason: 'auth.sessionExpired' }).session).toEqual({
      status: 'ended',
      reason: 'expired',
    });
    // Another tab signed in (as someone else, perhaps): this one works as that session now, on a new client.
    expect(run(checking, { type: 'checked', signedIn: true }).session).toEqual({ status: 'signedIn' });
    // The cookies left the browser: the server only says "expired", the page knows better.
    const gone = run(signedIn, { type: 'changed', gone: true, generation: 0 });
    expect(run(gone, { type: 'checked', signedIn: false, reason: 'auth.sessionExpired' }).session).toEqual({
      status: 'ended',
      reason: 'gone',
    });
  });

  it('goes back to the sign-in page from "afgemeld" and "beëindigd" only', () => {
    const left = run(opening, { type: 'signedOut', confirmed: true }, { type: 'startAgain' });
    expect(left.session).toEqual({ status: 'signedOut' });
    const signedIn = run(opening, { type: 'checked', signedIn: true });
    expect(run(signedIn, { type: 'startAgain' })).toBe(signedIn);
  });

  it('names the reasons in both spellings the server uses', () => {
    expect(['EXPIRED', 'auth.sessionExpired'].map(endReasonOf)).toEqual(['expired', 'expired']);
    expect(['SIGNED_OUT', 'auth.signedOut'].map(endReasonOf)).toEqual(['signedOutElsewhere', 'signedOutElsewhere']);
    expect(['DEACTIVATED', 'auth.deactivated'].map(endReasonOf)).toEqual(['deactivated', 'deactivated']);
    expect(endReasonOf('MEMBERSHIP_REMOVED')).toBe('roleChanged');
    expect([undefined, 'toString', 42].map(endReasonOf)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});
