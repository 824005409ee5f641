// An ordered chain of named rules, after markdown-it's Ruler: the rules are data (name, purpose,
// what they read and set, what they need), placed by name (`before`, `after`, `at`) and turned
// on or off by name (`enable`, `disable`, `enableOnly`). An unknown name is an error, never a
// silent no-op. The chains and their order are written down in one place: chains.ts.

export interface Rule<S> {
  /** The rule's name: its file's and its export's name. */
  readonly name: string;
  /** One line: the kind of text it recognises and what it does with it. */
  readonly purpose: string;
  /** What it reads and what it sets (line roles, record fields): documentation for `npm run explain -- --rules`. */
  readonly reads: readonly string[];
  readonly sets: readonly string[];
  /** Rules whose work this one builds on: disabling one of them while this one runs is refused. */
  readonly needs?: readonly string[];
  /** The record cannot be built without it (every line must end somewhere): never disabled. */
  readonly essential?: boolean;
  readonly run: (state: S) => void;
}

interface Entry<S> {
  rule: Rule<S>;
  enabled: boolean;
}

export class Ruler<S> {
  readonly #entries: Entry<S>[] = [];

  constructor(rules: readonly Rule<S>[] = []) {
    for (const rule of rules) this.push(rule);
  }

  #index(name: string): number {
    const i = this.#entries.findIndex((e) => e.rule.name === name);
    if (i < 0) throw new Error(`no parser rule named ${JSON.stringify(name)} in this chain`);
    return i;
  }

  #check(rule: Rule<S>): void {
    if (!rule.name) throw new Error('a rule must have a name');
    if (this.has(rule.name)) throw new Error(`duplicate parser rule ${rule.name}`);
  }

  has(name: string): boolean {
    return this.#entries.some((e) => e.rule.name === name);
  }

  /** Appends a rule. */
  push(rule: Rule<S>): this {
    this.#check(rule);
    this.#entries.push({ rule, enabled: true });
    return this;
  }

  /** Inserts a rule just before the one named. */
  before(name: string, rule: Rule<S>): this {
    const i = this.#index(name);
    this.#check(rule);
    this.#entries.splice(i, 0, { rule, enabled: true });
    return this;
  }

  /** Inserts a rule just after the one named. */
  after(name: string, rule: Rule<S>): this {
    const i = this.#index(name);
    this.#check(rule);
    this.#entries.splice(i + 1, 0, { rule, enabled: true });
    return this;
  }

  /** Replaces the rule named (same place, enabled). */
  at(name: string, rule: Rule<S>): this {
    const i = this.#index(name);
    if (rule.name !== name && this.has(rule.name))
      throw new Error(`duplicate parser rule ${rule.name}`);
    this.#entries[i] = { rule, enabled: true };
    return this;
  }

  /** The rules in order, with whether each is enabled. */
  rules(): { rule: Rule<S>; enabled: boolean }[] {
    return this.#entries.map((e) => ({ ...e }));
  }

  names(): string[] {
    return this.#entries.map((e) => e.rule.name);
  }

  /** Turns the named rules on or off; returns the names this chain does not have. */
  set(names: readonly string[], enabled: boolean): string[] {
    const unknown: string[] = [];
    for (const name of names) {
      const e = this.#entries.find((x) => x.rule.name === name);
      if (e) e.enabled = enabled;
      else unknown.push(name);
    }
    return unknown;
  }

  /** Runs the enabled rules in order; `after` is called with each rule's name once it ran. */
  run(state: S, after?: (rule: string) => void): void {
    for (const { rule, enabled } of this.#entries)
      if (enabled) {
        rule.run(state);
        after?.(rule.name);
      }
  }
}
