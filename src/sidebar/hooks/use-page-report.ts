// Loads this tab's page report from the background and follows its updates.
import { useEffect, useState } from 'preact/hooks';
import type { SidebarResponse } from '../../shared/messages';
import { ask, onEvent } from '../api';

export type ReportState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | ({ status: 'ready' } & SidebarResponse['sidebar/get-report']);

export interface Focus {
  claimId: string;
  seq: number;
}

export function usePageReport(): {
  state: ReportState;
  focus: Focus | null;
  setHighlightsHidden: (hidden: boolean) => void;
} {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const [focus, setFocusState] = useState<Focus | null>(null);
  const setFocus = (claimId: string) => setFocusState((f) => ({ claimId, seq: (f?.seq ?? 0) + 1 }));
  useEffect(() => {
    let tabId = -1;
    let lastFocus: string | null = null;
    let alive = true;
    const load = async () => {
      const res = await ask({ type: 'sidebar/get-report' });
      if (!alive) return;
      if (!res.ok) {
        setState({ status: 'error', message: res.error });
        return;
      }
      tabId = res.value.tabId;
      setState({ status: 'ready', ...res.value });
      // A reload of the report (new draft, new analysis) must not re-focus an old claim.
      if (res.value.focusClaimId && res.value.focusClaimId !== lastFocus) setFocus(res.value.focusClaimId);
      lastFocus = res.value.focusClaimId;
    };
    void load();
    const off = onEvent((evt) => {
      if (evt.tabId !== tabId) return;
      if (evt.type === 'evt/report') void load();
      else if (evt.type === 'evt/focus-claim') {
        lastFocus = evt.claimId;
        setFocus(evt.claimId);
      }
    });
    return () => {
      alive = false;
      off();
    };
  }, []);
  const setHighlightsHidden = (hidden: boolean) => {
    setState((s) => (s.status === 'ready' ? { ...s, highlightsHidden: hidden } : s));
    void ask({ type: 'sidebar/set-highlights', visible: !hidden });
  };
  return { state, focus, setHighlightsHidden };
}
