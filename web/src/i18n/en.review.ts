import type { zhTWReview } from './zh-TW.review';

export const enReview: typeof zhTWReview = {
  listSeparator: ', ',
  labelled: (label, value) => `${label}: ${value}`,
  aside: (text) => ` (${text})`,
};
