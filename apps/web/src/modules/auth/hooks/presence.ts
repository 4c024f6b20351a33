import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import { PresenceQuery } from '../graphql/presence.query';

/** What counts as the person being at work: their own keys, pointer and input, not what the page does itself. */
export const PRESENCE_EVENTS = ['keydown', 'pointerdown', 'input'] as const;
/** At most one presence request this often (ms); far below the server's idle timeout (30 minutes by default). */
export const PRESENCE_INTERVAL = 60_000;

/**
 * Typing is activity. The server ends a session after a while without a request, and someone writing
 * for a long time sends none: so, while `active` (signed in), the person's own activity sends `me { id }`
 * through the session's client, at most once every {@link PRESENCE_INTERVAL} and only after activity, so
 * an unattended screen still times out. Through the client, an answer that the session has already ended
 * (or changed in another tab) is heard as from any other request. Nothing is kept in state: a presence
 * request re-renders nothing.
 */
export function usePresence(active: boolean): void {
  const client = useClient();
  // When the last presence request went, across clients (a switch of role is the same person at work).
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (!active) return;
    const onActivity = () => {
      const now = Date.now();
      if (last.current !== null && now - last.current < PRESENCE_INTERVAL) return;
      last.current = now;
      // One answer and done (toPromise lets go of the operation); network-only, or the cache would answer.
      void client.query(PresenceQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    };
    // On the document, before anything below can stop it; passive, so it holds up no scrolling or typing.
    const options = { capture: true, passive: true } as const;
    for (const type of PRESENCE_EVENTS) document.addEventListener(type, onActivity, options);
    return () => {
      for (const type of PRESENCE_EVENTS) document.removeEventListener(type, onActivity, options);
    };
  }, [active, client]);
}
