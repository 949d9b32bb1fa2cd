/**
 * Schema of a programme of higher education (content/programmes/<id>.md): a graduaat, professionele or academische
 * bachelor a school leaver can start. Every field is taken from the Hogeronderwijsregister or the institution's own
 * programme page; the studiegebied is a plain id here and src/lib/content/validate-programmes.ts checks it exists.
 */
import { z } from 'astro/zod';
import { DOMAIN_IDS, HO_ADMISSIONS, HO_KINDS } from './enums.ts';
import { checkedSchema, sourceSchema } from './source.ts';

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'een id bestaat uit kleine letters, cijfers en koppeltekens (bv. gezondheidszorg)');

/** One institution that offers the programme, in one city, with the page that says so. */
export const offeringSchema = z.object({
  /** Name of the institution as it names itself (e.g. Universiteit Gent). */
  institution: z.string().min(2, 'geef de naam van de instelling'),
  /** City of the campus where the programme starts; null when the source page does not say (shown as such). */
  city: z.string().min(2, 'geef de stad van de campus, of null als de bron ze niet noemt').nullable(),
  /** The institution's page of this programme. */
  url: z.string().url('geef de volledige URL van de opleidingspagina (https://…)'),
});

/** An admission condition beyond the diploma secundair onderwijs, with the page that states it. */
export const admissionSchema = z.object({
  kind: z.enum(HO_ADMISSIONS),
  /** One sentence in plain Dutch on what it means for the pupil. */
  note: z.string().min(20, 'leg in één zin uit wat de voorwaarde betekent').max(320),
  source: sourceSchema,
});

/**
 * ho-suggest: an explicit aansluiting, on top of the studiegebied's domeinen: a richting of the 3de graad or a 7de jaar
 * (its id in content/studies) or a whole studiedomein that prepares well for this programme, with the reason in plain
 * Dutch. It says "bereidt goed voor", never "verplicht": admission rules live in src/lib/routes. The richting id is
 * checked against the catalogue by src/lib/content/validate-programmes.ts (validateAansluiting).
 */
export const aansluitingSchema = z
  .object({
    richting: idSchema.optional(),
    domein: z.enum(DOMAIN_IDS).optional(),
    /** Why it prepares well, one or two sentences with "je" (shown as is). */
    reason: z.string().min(20, 'leg in één zin uit waarom dit goed voorbereidt').max(240),
    source: sourceSchema.optional(),
  })
  .refine((a) => (a.richting === undefined) !== (a.domein === undefined), { message: 'geef een richting of een domein, niet allebei' });

/**
 * ho-quality: what was checked on an official page, one flag per fact. The page turns the false ones into plain
 * Dutch sentences (src/lib/ho/uncertainty.ts); a flag is never set to true without a page that shows it.
 * Whether the studiegebied is confirmed is not a flag: that is `studiegebiedSource` being present.
 */
export const verifiedSchema = z.object({
  /** The study load was read on an official page of this programme (not derived from a general rule). */
  credits: z.boolean(),
  /** The name was read, in Dutch, on the institution's own page or catalogue. */
  name: z.boolean(),
  /** Every institution that offers the programme was checked; false means the list may miss some. */
  offeringsComplete: z.boolean(),
  /** Every offering link points at a stable page (Howest's catalogue reuses its l3= numbers every year). */
  links: z.boolean(),
  /** The facts were read on the institutions' live pages, not only in stored copies. */
  live: z.boolean(),
});

/** The short free note on the page: plain Dutch, only what is specific to this programme. */
export const UNCERTAIN_MAX = 200;

export const hoProgrammeSchema = z
  .object({
    /** Official name as in the Hogeronderwijsregister or on the institution's programme page. */
    name: z.string().min(5, 'geef de volledige officiële naam'),
    kind: z.enum(HO_KINDS),
    /** An educatieve graduaat or bachelor: a lerarenopleiding. */
    educatief: z.boolean().default(false),
    /** Id of the studiegebied (content/studiegebieden/<id>.yaml). */
    studiegebied: idSchema,
    /** The page that places this programme in its studiegebied; without it the page says it is not yet confirmed. */
    studiegebiedSource: sourceSchema.optional(),
    /** Study load in studiepunten; null when it was not yet verified (the page then says so). */
    credits: z.number().int().min(60, 'een opleiding telt minstens 60 studiepunten').max(300).nullable(),
    /** Duration of the model path, full-time, in years; null when it was not yet verified. */
    years: z.number().min(1).max(5).nullable(),
    offerings: z.array(offeringSchema).min(1, 'geef minstens één instelling die de opleiding aanbiedt'),
    admission: z.array(admissionSchema).default([]),
    verified: verifiedSchema,
    /**
     * Neutral short text in plain Dutch, written from the official description and never copied. When there is
     * nothing to say without inventing, say what kind of programme it is and point to the source.
     */
    summary: z.string().min(20, 'schrijf minstens één zin').max(320, 'houd de samenvatting korter dan 320 tekens'),
    /**
     * What is unsure about this programme only, in plain Dutch (B1, "je", short sentences), shown under the
     * sentences made from `verified`. Maintainer details (crawls, catalogue numbers) go to `maintainerNote`.
     */
    uncertain: z.string().min(10).max(UNCERTAIN_MAX, `houd de noot korter dan ${UNCERTAIN_MAX} tekens; details voor beheerders horen in maintainerNote`).optional(),
    /** Research details for maintainers (where a fact was read, what was left out and why); never shown on the page. */
    maintainerNote: z.string().min(10).optional(),
    /** Extra search words: everyday names. */
    synonyms: z.array(z.string().min(2)).default([]),
    source: sourceSchema,
    references: z.array(sourceSchema).default([]),
    checked: checkedSchema,
    /**
     * Ids of the beroepen this programme leads to (content/beroepen/<id>.yaml), possibly after a master or further
     * study; src/lib/content/validate-beroepen.ts checks that each exists.
     */
    beroepen: z.array(idSchema).default([]),
    /** Richtingen or domeinen that prepare well for this programme, beyond the studiegebied's domeinen (see above). */
    aansluiting: z.array(aansluitingSchema).default([]),
    /**
     * What the institution itself says a starting student should bring (e.g. "6 uur wiskunde per week is een goede
     * basis", the ijkingstoets), in our own words, with the page that says it. Advice, never an admission rule.
     */
    prior: z
      .object({
        note: z.string().min(20, 'schrijf in één of twee zinnen wat de instelling aanraadt').max(320),
        source: sourceSchema,
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    // A null study load is allowed (not yet verified); a given one must fit the kind.
    if (p.kind === 'graduaat' && p.credits !== null && p.credits !== 90 && p.credits !== 120) {
      ctx.addIssue({ code: 'custom', path: ['credits'], message: 'een graduaat telt 90 of 120 studiepunten' });
    }
    if (p.kind !== 'graduaat' && p.credits !== null && p.credits < 180) {
      ctx.addIssue({ code: 'custom', path: ['credits'], message: 'een bachelor telt minstens 180 studiepunten' });
    }
    if (p.credits === null && p.verified.credits) {
      ctx.addIssue({ code: 'custom', path: ['verified', 'credits'], message: 'een studieomvang die niet gekend is (credits: null) kan niet nagekeken zijn' });
    }
    p.admission.forEach((a, index) => {
      if (a.kind.startsWith('toelatingsexamen') && p.kind !== 'academische-bachelor') {
        ctx.addIssue({ code: 'custom', path: ['admission', index, 'kind'], message: 'de toelatingsexamens arts, tandarts en dierenarts gelden alleen voor academische bachelors' });
      }
    });
    const seen = new Set<string>();
    p.offerings.forEach((o, index) => {
      const key = `${o.institution}|${o.city ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['offerings', index], message: `${o.institution}${o.city ? ` in ${o.city}` : ''} staat er meer dan één keer in` });
      seen.add(key);
    });
  });

export type HoProgrammeData = z.output<typeof hoProgrammeSchema>;
export type HoProgrammeInput = z.input<typeof hoProgrammeSchema>;
