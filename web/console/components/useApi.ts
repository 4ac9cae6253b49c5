import { useEffect, useState } from 'react';
import { api } from '../api';

/** Loads an API answer for a path; a new path loads again. */
export function useApi<T>(path: string | null): {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
} {
  const [state, setState] = useState<{ path: string | null; data?: T; error?: Error }>({ path: null });
  useEffect(() => {
    if (!path) return;
    let live = true;
    api<T>(path).then(
      (data) => live && setState({ path, data }),
      (error: Error) => live && setState({ path, error }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  const current = state.path === path;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !!path && !current,
  };
}
