/** The current ROC year in Taipei (民國 = Gregorian − 1911). */
export function currentRocYear(now: Date = new Date()): number {
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Taipei', year: 'numeric' }).format(now),
  );
  return year - 1911;
}
