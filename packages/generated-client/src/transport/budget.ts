import type { RetryBudgetOptions } from "./options.js";

/**
 * A token bucket bounding retries across the calls of one client. See {@link RetryBudgetOptions}.
 *
 * @example
 * const budget = new RetryBudget({ ratio: 0.2, reserve: 10 });
 * budget.onCall();
 * if (budget.tryRetry()) { ... }
 */
export class RetryBudget {
  #tokens: number;
  readonly #options: RetryBudgetOptions;

  constructor(options: RetryBudgetOptions) {
    this.#options = options;
    this.#tokens = options.reserve;
  }

  /** Called once per call (not per attempt). */
  onCall(): void {
    this.#tokens = Math.min(this.#options.reserve, this.#tokens + this.#options.ratio);
  }

  /** Takes a token for one retry; `false` when the budget is spent. */
  tryRetry(): boolean {
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
