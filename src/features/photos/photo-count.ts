/**
 * One wording for "how many photos" wherever the studio reads it: photos for
 * sale, the QR cards not counted (the dashboard's analytics count
 * `kind = 'photo'`; a card is counted apart). The dashboard's key figure and
 * the project page's summary then read as the same fact.
 */
export const PHOTOS_LABEL = "Photos (without cards)";

/** Photos for sale among a total that includes cards. */
export function photosWithoutCards(all: number, cards: number): number {
  return Math.max(0, all - cards);
}
