/**
 * Remembers a pure parser's answers: a roster of a million rows holds a few dozen distinct grades,
 * echelons and posts, so each is parsed once. The answers are frozen (callers share them) and the
 * memory is bounded: past `limit` distinct inputs, it starts again.
 */
export function memo<T>(parse: (text: string) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      answer = deepFreeze(parse(text));
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer);
    }
    return answer as T;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
