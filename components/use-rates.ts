import { useEffect, useState } from 'preact/hooks';
import type { RateSet } from '@/utils/rates/types';

/** A day's rates: loading, known, or null when no rate is known (offline beyond the bundled table). */
export type Loaded = RateSet | null | 'loading';

/** Rates of a day (YYYY-MM-DD or "latest") through `getRates`; null for no day. */
export function useRates(getRates: (date: string) => Promise<RateSet | null>, date: string | null): Loaded {
  const [rates, setRates] = useState<Loaded>('loading');
  useEffect(() => {
    let live = true;
    setRates('loading');
    if (!date) {
      setRates(null);
      return;
    }
    getRates(date).then(
      (r) => live && setRates(r),
      () => live && setRates(null),
    );
    return () => {
      live = false;
    };
  }, [date, getRates]);
  return rates;
}

export const known = (r: Loaded): RateSet | null => (r === 'loading' ? null : r);
