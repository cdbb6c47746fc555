// Dates as children read them, through Intl with their language. A browser without data for a
// language (Chromium has none for Tigrinya, Somali, Sorani, Kurmanji or Pashto) would fall back to
// its own default, often US order (12/17/2026), which reads as nonsense to the child; then the
// date is written as day, month, year in digits, which every one of our languages uses.
export function formatDate(date: Date, language: string): string {
  const known = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
  return known
    ? new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date).replace(/\//g, '-');
}
