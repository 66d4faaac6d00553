/** One thing wrong with a document or request body, as the schema sees it. */
export interface SchemaProblem {
  /** JSON pointer to the offending place, e.g. `/tadigCodeList/2/tadigCode`; for a missing property, where it belongs. */
  readonly pointer: string;
  /** For a person: `tadigCode must be 5 characters`, `unknown property "foo"`. */
  readonly message: string;
  readonly severity: 'error';
  /** What an editor should underline: the property name (an unknown property) or the value (everything else). */
  readonly target: 'key' | 'value';
}
