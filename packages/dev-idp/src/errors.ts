/** A control action that cannot be done: 404 unknown_request, 409 not_pending, 400 word_pair_required, 410 gone. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
