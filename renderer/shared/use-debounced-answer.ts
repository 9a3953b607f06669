import { useEffect, useState } from 'react';

/**
 * What `ask` answers, asked `delayMs` after it last changed (it is a memoized callback over what it asks
 * about). An answer to a question since replaced is dropped; a failure shows as `initial`.
 */
export function useDebouncedAnswer<T>(ask: () => Promise<T>, delayMs: number, initial: T): T {
  const [empty] = useState(initial);
  const [answer, setAnswer] = useState(initial);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      ask()
        .then((found) => live && setAnswer(found))
        .catch(() => live && setAnswer(empty));
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ask, delayMs, empty]);
  return answer;
}
