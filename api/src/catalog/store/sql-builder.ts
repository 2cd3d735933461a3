/** Numbered parameters for hand-written SQL: `const p = new SqlParams(); sql += ` = ${p.add(value)}``. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
