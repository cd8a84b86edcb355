/** Error codes of the evaluation tooling. */
export type EvalErrorCode = 'INVALID_GOLD' | 'CORPUS_MISSING';

/** A gold file or corpus folder the evaluation cannot use. */
export class EvalInputError extends Error {
  override readonly name = 'EvalInputError';
  readonly code: EvalErrorCode;

  constructor(message: string, code: EvalErrorCode = 'INVALID_GOLD', options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
