// A function for a service thread's test (tests/site/thread.test.ts): adds its input to a sum
// kept in the thread's memory and returns the sum; a negative input is an error.
export function tally(n: number, memory: Map<string, unknown>): number {
  if (n < 0) throw new Error('no negative numbers');
  const sum = ((memory.get('sum') as number | undefined) ?? 0) + n;
  memory.set('sum', sum);
  return sum;
}
