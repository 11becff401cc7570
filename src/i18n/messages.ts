import de from "./messages/de";
import en from "./messages/en";
import type { Language } from "./locales";

/** The English messages are the reference: every other language has the same keys (see messages.test.ts). */
export type Messages = typeof en;

const MESSAGES: Record<Language, Messages> = { en, de };

export function messagesOf(language: Language): Messages {
  return MESSAGES[language];
}
