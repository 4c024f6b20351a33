/** A catalogue: nested keys ending in i18next templates (`{{param}}`, `$t(other.key)`, `_context` suffixes). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** One area's messages in both languages; the catalogue test holds them to the same keys and parameters. */
export interface Bilingual {
  nl: MessageTree;
  en: MessageTree;
}
