/**
 * Record linkage: records → persons. The public surface other layers use.
 *
 *   linkRecords(inputs, options) → LinkResult        the pipeline in memory (encode, block,
 *                                                      compare, EM, tf adjustment, cluster)
 *   runLinkage(archive, options) → LinkRunReport      the same over the archive, appending
 *                                                      person.link / review.propose entries
 *   listReviews, getReview, decideReview, unlinkRecords, undoLink   the review queue and undo
 *   showPerson(archive, id), countArchivePeople(archive)            person page and counts
 *   pairwiseQuality, clusterQuality, pairCompleteness                quality against truth
 */
export { linkRecords, linkEncoded, explainPair, type LinkResult, type LinkOptions, type LinkStage, type PairExplanation } from './link-records.ts';
export { runLinkage, loadLinkInputs, personIdFor, reviewIdFor, LINKAGE_ACTOR, type LinkRunOptions, type LinkRunReport } from './archive-links.ts';
export { listReviews, getReview, decideReview, unlinkRecords, undoLink, pendingReviewsOf, type ReviewItem, type ReviewListOptions } from './review-queue.ts';
export { showPerson, countArchivePeople, type PersonView, type PersonLink } from './person-view.ts';
export { countPeople, type PeopleCount } from './counts.ts';
export { pairwiseQuality, clusterQuality, pairCompleteness, truePairCount, type Quality } from './evaluate.ts';
export { LINK_PROBABILITY, REVIEW_PROBABILITY, BEYOND_NAME_MIN_BITS, DEFAULT_THRESHOLDS, type Thresholds } from './cluster.ts';
export { suggestFamily, type FamilySuggestion } from './family.ts';
export { encodeRecords, type LinkInput, type EncodedRecords } from './encode.ts';
export type { FieldContribution, LinkageModel } from './model.ts';
