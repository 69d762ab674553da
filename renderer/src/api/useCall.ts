import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, onDataChanged } from './client';

export interface CallState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads data through the api and reloads it whenever any write succeeds, or when deps change. */
export function useCall<T>(load: () => Promise<T>, deps: unknown[]): CallState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => onDataChanged(reload), [reload]);
  useEffect(() => {
    const run = ++latest.current;
    setLoading(true);
    load().then(
      (value) => {
        if (run !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if (run !== latest.current) return;
        setError(err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) }));
        setLoading(false);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  return { data, error, loading, reload };
}
