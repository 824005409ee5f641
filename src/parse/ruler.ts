// An ordered chain of named rules, after markdown-it's Ruler: rules are enabled or
// disabled by name, and a rule's name is its file's and its function's name.

export type RuleFn<S> = (state: S) => void;

interface Rule<S> {
  name: string;
  fn: RuleFn<S>;
  enabled: boolean;
}

export class Ruler<S> {
  readonly #rules: Rule<S>[] = [];

  /** Appends a rule; the function's own name is the rule's name. */
  push(fn: RuleFn<S>): this {
    if (!fn.name) throw new Error('a rule must be a named function');
    if (this.#rules.some((r) => r.name === fn.name)) throw new Error(`duplicate rule ${fn.name}`);
    this.#rules.push({ name: fn.name, fn, enabled: true });
    return this;
  }

  names(): string[] {
    return this.#rules.map((r) => r.name);
  }

  /** Sets rules on or off by name; returns the names it did not know. */
  set(names: readonly string[], enabled: boolean): string[] {
    const unknown: string[] = [];
    for (const name of names) {
      const rule = this.#rules.find((r) => r.name === name);
      if (rule) rule.enabled = enabled;
      else unknown.push(name);
    }
    return unknown;
  }

  /** Runs the enabled rules in order; `after` is called with each rule's name once it ran. */
  run(state: S, after?: (rule: string) => void): void {
    for (const rule of this.#rules)
      if (rule.enabled) {
        rule.fn(state);
        after?.(rule.name);
      }
  }
}
