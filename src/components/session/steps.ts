/** The steps of a counsellor's session, in the order of the conversation. */
export type SessionStep = 'vragenlijst' | 'routes' | 'scholen' | 'keuzes' | 'afsluiten';

export const SESSION_STEPS: readonly { id: SessionStep; label: string; title: string; intro: string }[] = [
  { id: 'vragenlijst', label: 'Vragenlijst', title: 'Vragenlijst en voorstellen', intro: 'De leerling vult de vragenlijst in; op het einde staan de voorstellen, elk met waarom.' },
  { id: 'routes', label: 'Routes', title: 'Routes', intro: 'Welke stappen zijn mogelijk met dit attest, en hoe kom je bij een doel?' },
  { id: 'scholen', label: 'Scholen', title: 'Scholen', intro: 'Welke scholen in de buurt bieden het aan? Bewaar de scholen die jullie willen onthouden.' },
  { id: 'keuzes', label: 'Keuzes', title: 'Keuzes en afspraken', intro: 'Vergelijk de bewaarde studies, noteer de afspraken en deel ze met de leerling.' },
  { id: 'afsluiten', label: 'Afsluiten', title: 'Afsluiten', intro: 'Druk de samenvatting af en wis de sessie.' },
];
