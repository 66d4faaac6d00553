// The questions that confirm a write (apply a plan, push a document, delete objects). Each is one short modal
// question; what can grow with the data — the plan, the requests, the list of objects, the warnings — goes in a
// read-only document beside it when it would not fit (`modalLimits.ts`), so the buttons stay on screen in any window.
import type { Prompter, Severity } from './prompter';
import { clippedForModal, fitsInModal } from './modalLimits';
import type { ReviewDocuments } from './reviewDocuments';

export interface WriteConfirmation {
  readonly severity: Severity;
  /** One line: what will happen, to which connection. */
  readonly question: string;
  /**
   * What stays in the dialog whatever else moves beside it: what the write reaches beyond the object (the profiles
   * following a group…). Clipped, with the rest beside, when it alone would not fit.
   */
  readonly lead?: string;
  /** What the person should read first, in the dialog when it fits (warnings, the requests…). */
  readonly detail: string;
  /** Everything there is to review (a whole plan, with diffs): always opened beside the question. */
  readonly review?: { readonly title: string; readonly text: string };
  /** The title of the document the detail moves into when it does not fit. */
  readonly reviewTitle: string;
  readonly confirm: string;
  readonly others?: readonly string[];
}

export interface ConfirmationServices {
  readonly prompter: Prompter;
  readonly reviews: ReviewDocuments;
}

/** Resolves the button chosen, or undefined when dismissed. */
export async function confirmWrite(services: ConfirmationServices, confirmation: WriteConfirmation): Promise<string | undefined> {
  const lead = confirmation.lead ? `${confirmation.lead}\n\n` : '';
  let detail = `${lead}${confirmation.detail}`;
  if (confirmation.review) {
    await services.reviews.show(confirmation.review.title, confirmation.review.text);
    if (!fitsInModal(detail)) detail = keepLead(lead, `Everything is in "${confirmation.review.title}", open beside this question.`);
  } else if (!fitsInModal(detail)) {
    await services.reviews.show(confirmation.reviewTitle, detail);
    detail = keepLead(lead, `It is long: read it in "${confirmation.reviewTitle}", open beside this question.`);
  }
  return services.prompter.ask(confirmation.severity, confirmation.question, { modal: true, detail }, confirmation.confirm, ...(confirmation.others ?? []));
}

/** The lead and where the rest is, clipped to what a dialog shows. */
function keepLead(lead: string, whereTheRestIs: string): string {
  const text = `${lead}${whereTheRestIs}`;
  return fitsInModal(text) ? text : clippedForModal(lead.trimEnd(), whereTheRestIs);
}
