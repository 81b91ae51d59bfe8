/**
 * The reviewer's corrections of an item's evidence: automatic sentences marked wrong, sentences picked from the
 * manuscript instead, and a "reported on" place in their own words. Plain functions over the review state.
 */
import type { ItemVerdict } from '../checklists/types.js';
import type { Evidence } from '../concepts/types.js';
import type { PickedEvidence } from './review-schema.js';
import { sentenceKey, type ItemReview } from './review-state.js';

/** One evidence sentence as the review shows it: the automatic ones (maybe marked wrong), then the reviewer's. */
export interface ShownEvidence {
  evidence: Evidence;
  key: string;
  origin: 'automatic' | 'reviewer';
  wrong: boolean;
}

const REVIEWER_RULE = 'reviewer';

function pickedAsEvidence(p: PickedEvidence): Evidence {
  return { ...p, rule: REVIEWER_RULE };
}

export function shownEvidence(item: Pick<ItemVerdict, 'evidence'>, review: ItemReview | undefined): ShownEvidence[] {
  const wrong = new Set(review?.wrong ?? []);
  const automatic = item.evidence.map((e): ShownEvidence => {
    const key = sentenceKey(e.text);
    return { evidence: e, key, origin: 'automatic', wrong: wrong.has(key) };
  });
  const picked = (review?.picked ?? []).map((p): ShownEvidence => ({ evidence: pickedAsEvidence(p), key: sentenceKey(p.text), origin: 'reviewer', wrong: false }));
  return [...automatic, ...picked];
}

/** The evidence after the corrections: the automatic sentences not marked wrong, then the ones picked. */
export function correctedEvidence(item: Pick<ItemVerdict, 'evidence'>, review: ItemReview | undefined): Evidence[] {
  return shownEvidence(item, review)
    .filter((s) => !s.wrong)
    .map((s) => s.evidence);
}

/**
 * The change that toggles one shown sentence: an automatic one is marked wrong (or right again), a picked one is
 * removed from the picked sentences.
 */
export function toggleWrong(shown: ShownEvidence, review: ItemReview | undefined): Pick<ItemReview, 'wrong' | 'picked'> {
  if (shown.origin === 'reviewer') return { picked: (review?.picked ?? []).filter((p) => sentenceKey(p.text) !== shown.key) };
  const wrong = review?.wrong ?? [];
  return { wrong: wrong.includes(shown.key) ? wrong.filter((k) => k !== shown.key) : [...wrong, shown.key] };
}

/** The change that adds a sentence as evidence; undefined when it is already the item's evidence. */
export function withPicked(item: Pick<ItemVerdict, 'evidence'>, review: ItemReview | undefined, sentence: PickedEvidence): Pick<ItemReview, 'picked' | 'wrong'> | undefined {
  const key = sentenceKey(sentence.text);
  const automatic = item.evidence.some((e) => sentenceKey(e.text) === key);
  // picking an automatic sentence that was marked wrong marks it right again
  if (automatic) return review?.wrong?.includes(key) ? { wrong: review.wrong.filter((k) => k !== key) } : undefined;
  if (review?.picked?.some((p) => sentenceKey(p.text) === key)) return undefined;
  return { picked: [...(review?.picked ?? []), sentence] };
}

/** The reviewer marked a sentence wrong or picked one. */
export function isCorrectedEvidence(review: ItemReview | undefined): boolean {
  return Boolean(review?.wrong?.length || review?.picked?.length);
}
