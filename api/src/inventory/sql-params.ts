/** Positional parameters for SQL built from optional filters: `where.push(\`a = ${params.add(x)}\`)`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
