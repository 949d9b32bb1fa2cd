/** Finds which glossary terms a text uses, so a page can explain them beside the text. */

export interface TermForms {
  id: string;
  forms: string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ids of the terms whose term or alias occurs as a whole word in the text (case-insensitive), in glossary order. */
export function termsUsed(text: string, terms: TermForms[]): string[] {
  const lower = text.toLocaleLowerCase('nl');
  return terms
    .filter((term) =>
      term.forms.some((form) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escape(form.toLocaleLowerCase('nl'))}($|[^\\p{L}\\p{N}])`, 'u').test(lower),
      ),
    )
    .map((term) => term.id);
}
