// Types for abridge-summary.js: the <abridge-summary> custom element.
import type { Summary, SummarySentence } from './pkg/abridge.js';
import type { AbridgeType } from './abridge-api.js';
import { configure } from './abridge-client.js';

export { configure };

export interface AbridgeSummaryDetail {
  type: AbridgeType;
  /** The chosen sentences, with their UTF-16 spans in the summarized text and their scores. */
  sentences: SummarySentence[];
  /** The summary as plain text. */
  text: string;
  /** The core's whole answer. */
  result: Summary;
}

export declare class AbridgeSummary extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The last summary shown, or null. */
  summary: AbridgeSummaryDetail | null;
  /** `type` attribute, `'key-points'` when missing or unknown. */
  readonly type: AbridgeType;
  /** Summarizes again now. */
  refresh(): void;
}

/** The text of `root` as the widget gives it to the core, with the text node at every offset. */
export declare function extractText(root: Node, options?: { visibleOnly?: boolean }): { text: string; pieces: Array<{ node: Text; start: number }> };

declare global {
  interface HTMLElementTagNameMap {
    'abridge-summary': AbridgeSummary;
  }
  interface HTMLElementEventMap {
    summary: CustomEvent<AbridgeSummaryDetail>;
    summaryerror: CustomEvent<{ error: unknown }>;
  }
}
