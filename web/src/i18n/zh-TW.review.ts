/** Punctuation that differs between the languages: Chinese uses full-width marks, English does not. */
export const zhTWReview = {
  listSeparator: '、',
  labelled: (label: string, value: string) => `${label}：${value}`,
  aside: (text: string) => `（${text}）`,
};
