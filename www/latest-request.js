/**
 * @file `LatestRequest`: "the latest request wins", for a UI that asks again on every edit (the page's
 * live updates, the widget's MutationObserver).
 *
 * At most one call runs and at most one waits. A newer request replaces the waiting one; when the running
 * call finishes, the waiting request starts and the finished call's result is dropped as stale. A running
 * call is only aborted when it has already taken longer than `abortAfterMs`: with the summarizer, aborting
 * costs a worker restart, which is worse than waiting for a call that is about to finish.
 *
 * ```js
 * const latest = new LatestRequest((job, signal) => client.summarize(job.text, job.options, { signal }));
 * const outcome = await latest.request({ text, options });   // null: a newer request replaced this one
 * if (outcome) render(outcome.job, outcome.value, outcome.elapsedMs);
 * ```
 *
 * Only the latest request's promise settles with a value or an error; every superseded or cancelled one
 * resolves with `null`, so callers never show a stale result or a stale error.
 */

/** A running call older than this is aborted when a newer request arrives (an abort restarts the worker). */
export const ABORT_AFTER_MS = 1500;

export class LatestRequest {
  #run;
  #abortAfterMs;
  /** `{ job, controller, startedAt, dropped }` of the call in progress, or null. */
  #running = null;
  /** `{ job, resolve, reject }` of the newest request not yet started, or null. */
  #waiting = null;

  /**
   * @param {(job: any, signal: AbortSignal) => Promise<any>} run makes the call for `job`
   * @param {{ abortAfterMs?: number }} [options]
   */
  constructor(run, { abortAfterMs = ABORT_AFTER_MS } = {}) {
    this.#run = run;
    this.#abortAfterMs = abortAfterMs;
  }

  /** The job being run for a result still wanted, or null. */
  get running() {
    return this.#running && !this.#running.dropped ? this.#running.job : null;
  }

  /** The job waiting for the running one to finish, or null. */
  get waiting() {
    return this.#waiting?.job ?? null;
  }

  /** Nothing runs and nothing waits. */
  get idle() {
    return !this.#running && !this.#waiting;
  }

  /**
   * Asks for `job`. Resolves with `{ job, value, elapsedMs }` when its call finished while it was still
   * the latest request, rejects with the call's error under the same condition, and resolves with `null`
   * when a newer request replaced it or `cancel()` dropped it.
   * @returns {Promise<{ job: any, value: any, elapsedMs: number } | null>}
   */
  request(job) {
    return new Promise((resolve, reject) => {
      this.#waiting?.resolve(null);
      this.#waiting = { job, resolve, reject };
      const running = this.#running;
      if (running && performance.now() - running.startedAt > this.#abortAfterMs) running.controller.abort();
      this.#pump();
    });
  }

  /**
   * Drops the waiting request and the running call's result; both resolve with `null`. The running call
   * itself is aborted only when it is older than `abortAfterMs`, as for a newer request.
   */
  cancel() {
    this.#waiting?.resolve(null);
    this.#waiting = null;
    const running = this.#running;
    if (!running) return;
    running.dropped = true;
    if (performance.now() - running.startedAt > this.#abortAfterMs) running.controller.abort();
  }

  #pump() {
    if (this.#running || !this.#waiting) return;
    const { job, resolve, reject } = this.#waiting;
    this.#waiting = null;
    const controller = new AbortController();
    const running = { job, controller, startedAt: performance.now(), dropped: false };
    this.#running = running;
    let call;
    try {
      call = Promise.resolve(this.#run(job, controller.signal));
    } catch (err) {
      call = Promise.reject(err);
    }
    call.then(
      (value) => this.#finish(running, () => resolve({ job, value, elapsedMs: performance.now() - running.startedAt }), resolve),
      (err) => this.#finish(running, () => reject(err), resolve),
    );
  }

  /** The running call ended: start the waiting request first, so that `idle` is already right when its caller resumes. */
  #finish(running, deliver, resolve) {
    this.#running = null;
    const stale = this.#waiting !== null || running.dropped || running.controller.signal.aborted;
    this.#pump();
    if (stale) resolve(null);
    else deliver();
  }
}
