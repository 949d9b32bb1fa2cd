/**
 * The choices store for islands that do not need it at first paint (the questionnaire's result, the finder's list):
 * fetched when the component mounts, so its data checks do not weigh on the page's first load.
 */
import { useEffect, useState } from 'react';
import type { Choices } from '../../lib/choices/choices.ts';

type Store = typeof import('../../stores/choices.ts');

export interface ChoicesHandle {
  store: Store | null;
  choices: Choices | null;
}

export function useChoices(): ChoicesHandle {
  const [store, setStore] = useState<Store | null>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
  useEffect(() => {
    let unsubscribe = () => {};
    let live = true;
    void import('../../stores/choices.ts').then((module) => {
      if (!live) return;
      module.initChoices();
      setStore(module);
      unsubscribe = module.$choices.subscribe(setChoices);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { store, choices };
}
