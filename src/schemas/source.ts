import { z } from 'astro/zod';

/** A public source a fact was taken from: a title a reader recognises and a URL that opens it. */
export const sourceSchema = z.object({
  /** Title of the page or document, as its publisher names it. */
  title: z.string().min(3, 'geef de titel van de bron'),
  /** Full https URL of the source. */
  url: z.string().url('geef een volledige URL (https://…)'),
});
export type Source = z.infer<typeof sourceSchema>;

/** The date a page was last checked against its sources (YAML date or YYYY-MM-DD string). */
export const checkedSchema = z.coerce.date({
  errorMap: () => ({ message: 'geef de datum van de laatste controle als JJJJ-MM-DD' }),
});
