import { z } from 'astro/zod';
import { DOMAIN_IDS } from './enums.ts';

/** A studiedomein id, with a message that lists the valid ids. */
export const domainIdSchema = z.enum(DOMAIN_IDS, {
  errorMap: () => ({ message: `kies een domein uit: ${DOMAIN_IDS.join(', ')}` }),
});
