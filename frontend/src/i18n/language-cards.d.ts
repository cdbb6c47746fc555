// Provided by build/language-cards.ts at build time.
declare module 'virtual:language-cards' {
  const cards: Readonly<Record<string, import('./messages').LanguageCard>>;
  export default cards;
}
