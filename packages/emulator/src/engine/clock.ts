/** Time source: epoch milliseconds that never go backwards (so CreatedAt follows insertion order). */
export type Clock = () => number;

export function monotonicClock(source: () => number = Date.now): Clock {
  let last = 0;
  return () => {
    const now = source();
    if (now > last) last = now;
    return last;
  };
}
