// The monitor's domains as the app shows them: each domain's pictogram (the framework's
// `pictogram` key, internal/monitor/framework.go), its name in the 13 languages, and a score
// (0–100) as a face. Shared by the tablet's "what children here said" and the console's pages.
import {
  mdiEarHearing,
  mdiFoodForkDrink,
  mdiHandHeart,
  mdiHelpCircleOutline,
  mdiHomeHeart,
  mdiKeyVariant,
  mdiMessageTextOutline,
  mdiSchool,
  mdiShieldHome,
  mdiSoccer,
  mdiStethoscope,
} from '@mdi/js';
import { optionPictogram, pathIcon } from '../../components/pictograms';
import { t, type MessageKey } from '../../i18n';

/** The framework's picture keys and their shapes (Material Design Icons, as every pictogram). */
const domainPictograms: Readonly<Record<string, string>> = {
  shield: mdiShieldHome,
  key: mdiKeyVariant,
  ball: mdiSoccer,
  school: mdiSchool,
  doctor: mdiStethoscope,
  speech: mdiMessageTextOutline,
  adult: mdiHandHeart,
  food: mdiFoodForkDrink,
  ear: mdiEarHearing,
  house: mdiHomeHeart,
};

/** The domains of framework version 1, in its order, with their picture keys. */
export const domainPictogramOf: Readonly<Record<string, string>> = {
  SAFETY: 'shield',
  PRIVACY: 'key',
  PLAY_AND_SPORT: 'ball',
  SCHOOL: 'school',
  DOCTOR: 'doctor',
  UNDERSTANDING: 'speech',
  TRUSTED_ADULT: 'adult',
  FOOD: 'food',
  BEING_LISTENED_TO: 'ear',
  MOVING: 'house',
};

export function domainPictogram(pictogram: string, className = 'icon'): SVGSVGElement {
  return pathIcon(domainPictograms[pictogram] ?? mdiHelpCircleOutline, className);
}

/** A domain's name for the reader; the key itself for a domain of a newer framework. */
export function domainName(domain: string): string {
  const key = `monitor.domains.${domain}` as MessageKey;
  const name = t(key);
  return name === key ? domain : name;
}

/** A kind of location's name for the reader; the key itself for a kind this app does not know yet. */
export function kindName(kind: string): string {
  const key = `staff.locationKinds.${kind}` as MessageKey;
  const name = t(key);
  return name === key ? kind : name;
}

/** A score (0–100: 0 the saddest face or "no", 100 the happiest or "yes") as one of 5 faces. */
export function face(score: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, Math.max(1, 1 + Math.round(score / 25))) as 1 | 2 | 3 | 4 | 5;
}

export function facePictogram(score: number, className = 'icon'): SVGSVGElement {
  return optionPictogram(`smiley-${face(score)}`, undefined, className);
}

/** The face's word ("happy"), the same the vote screen reads for the smileys. */
export function faceWord(score: number): string {
  return t(`vote.smileys.${face(score)}`);
}
