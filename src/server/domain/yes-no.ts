/**
 * A yes/no cell of a class list, as spreadsheets and people write it: yes,
 * no, true, false, 1, 0, ja, nein, or an x for a ticked box (any case). An
 * empty cell is no answer.
 */

const YES = new Set(["yes", "y", "true", "1", "ja", "j", "x"]);
const NO = new Set(["no", "n", "false", "0", "nein"]);

/** What a cell's words may be, for messages. */
export const YES_NO_WORDS = "yes/no, true/false, 1/0, ja/nein or x";

/** true or false; null for an empty cell; undefined for anything else. */
export function parseYesNo(text: string | null | undefined): boolean | null | undefined {
  const word = (text ?? "").trim().toLowerCase();
  if (word === "") return null;
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}
