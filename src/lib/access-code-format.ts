/** "ABCDE-FGHJK": an access code as people read it aloud, type it and see it on a card. */
export function formatAccessCode(code: string): string {
  return code.length > 5 ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}
