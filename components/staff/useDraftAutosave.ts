'use client';

import { useEffect, useRef, useState } from 'react';
import { saveStoryAction } from '@/app/(staff)/staff/(signed-in)/stories/actions';

export type AutosaveState = { status: 'idle' } | { status: 'saved'; version: number; at: Date } | { status: 'stopped'; error: string };

/** How long typing must pause before a draft saves itself. */
const pauseMs = 2500;

/**
 * Saves a draft by itself once typing pauses, through the same action as the Save button (so the
 * same checks, revision and conflict refusal). Published stories never autosave: their saves go
 * straight to readers. A refused autosave (a conflict, an ended session) stops autosaving and
 * says why; the text stays in the form. While an autosave is on its way the Save button waits
 * (`inFlight`), so nobody's save conflicts with their own autosave.
 */
export function useDraftAutosave({
  enabled,
  fields,
  knownVersion,
}: {
  enabled: boolean;
  /** The form's fields by name, as the Save button would send them. */
  fields: Record<string, string>;
  /** The newest version the editor knows of apart from its autosaves (the page's, the last manual save's). */
  knownVersion: number;
}): { state: AutosaveState; inFlight: boolean; markSaved: () => void } {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const [inFlight, setInFlight] = useState(false);
  const snapshot = JSON.stringify(fields);
  const lastSaved = useRef(snapshot);
  const stopped = state.status === 'stopped';
  const version = Math.max(knownVersion, state.status === 'saved' ? state.version : 0);

  useEffect(() => {
    if (!enabled || stopped || snapshot === lastSaved.current) return;
    const timer = setTimeout(() => {
      const form = new FormData();
      for (const [name, value] of Object.entries(JSON.parse(snapshot) as Record<string, string>)) form.set(name, value);
      form.set('version', String(version));
      lastSaved.current = snapshot;
      setInFlight(true);
      void saveStoryAction(null, form)
        .then((result) =>
          setState(result.ok ? { status: 'saved', version: result.data.version, at: new Date() } : { status: 'stopped', error: result.error }),
        )
        .catch(() => setState({ status: 'stopped', error: 'The newsroom could not be reached. Save by hand when it is back.' }))
        .finally(() => setInFlight(false));
    }, pauseMs);
    return () => clearTimeout(timer);
  }, [enabled, stopped, snapshot, version]);

  return { state, inFlight, markSaved: () => (lastSaved.current = snapshot) };
}
