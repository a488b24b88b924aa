// A text in English and Chinese, as every generator writes it (its own module: the makers table and the records
// both need it, and the records need the makers).
export interface Bi {
  en: string;
  zh: string;
}

export const bi = (en: string, zh: string): Bi => ({ en, zh });
