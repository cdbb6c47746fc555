// The pictures children navigate by: avatars, the 9 pictures of the picture-PIN keypad,
// poll-option pictograms, themes and areas. Most shapes come from Material Design Icons
// (@mdi/js, Apache-2.0): each is one path string, and only the imported ones are bundled.
// Fox and lion are drawn here because the set has none.
import {
  mdiAccountSupervisor,
  mdiBabyFaceOutline,
  mdiBasketball,
  mdiBed,
  mdiBee,
  mdiBird,
  mdiBookOpenPageVariant,
  mdiBullhornOutline,
  mdiButterfly,
  mdiCar,
  mdiCat,
  mdiCow,
  mdiCurtains,
  mdiDog,
  mdiDolphin,
  mdiDotsHorizontalCircleOutline,
  mdiDuck,
  mdiElephant,
  mdiEmoticonExcitedOutline,
  mdiEmoticonCryOutline,
  mdiEmoticonHappyOutline,
  mdiEmoticonNeutralOutline,
  mdiEmoticonSadOutline,
  mdiFish,
  mdiFlower,
  mdiFoodForkDrink,
  mdiHeart,
  mdiHome,
  mdiHomeGroup,
  mdiHorse,
  mdiHospitalBox,
  mdiInformationOutline,
  mdiKangaroo,
  mdiKoala,
  mdiLadybug,
  mdiLaptop,
  mdiMedicalBag,
  mdiMoonWaningCrescent,
  mdiOwl,
  mdiPalette,
  mdiPanda,
  mdiPasta,
  mdiPenguin,
  mdiPotSteam,
  mdiRabbit,
  mdiRice,
  mdiSchool,
  mdiSeesaw,
  mdiSheep,
  mdiShieldHome,
  mdiShower,
  mdiSnail,
  mdiSoccer,
  mdiSofa,
  mdiStar,
  mdiSwim,
  mdiTeddyBear,
  mdiThumbDown,
  mdiThumbUp,
  mdiTranslate,
  mdiTree,
  mdiTruckFast,
  mdiTurtle,
  mdiUnicorn,
  mdiVolumeOff,
  mdiWhiteBalanceSunny,
  mdiWifi,
  mdiCupcake,
  mdiEyeOff,
  mdiHandHeart,
} from '@mdi/js';

const svgNS = 'http://www.w3.org/2000/svg';

// Drawn for this app on the same 24×24 grid (even-odd: eyes and nose are holes).
const fox =
  'M2.5 2.5 8 7h8l5.5-4.5-1 8.5c-.6 5-4.4 8.7-8.5 10.5-4.1-1.8-7.9-5.5-8.5-10.5zM8.2 11.2a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm7.6 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zM12 16.2l-1.6 1.3h3.2z';
const lion =
  'M12 1.5 14 3.6l2.8-.8.8 2.8 2.8.8-.8 2.8L21.7 11l-2.1 2 .8 2.8-2.8.8-.8 2.8-2.8-.8L12 20.7l-2-2.1-2.8.8-.8-2.8-2.8-.8.8-2.8L2.3 11l2.1-2-.8-2.8 2.8-.8.8-2.8 2.8.8zM12 5.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zm-2.2 3.6a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2zm4.4 0a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2zM12 12.6l-1.5 1.2 1.5 1.2 1.5-1.2z';

/** Build an SVG from one path. Decorative: the text next to it is what screen readers read. */
export function pathIcon(d: string, className = 'icon'): SVGSVGElement {
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  const path = document.createElementNS(svgNS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill-rule', 'evenodd');
  svg.appendChild(path);
  return svg;
}

/**
 * Avatars a member can have (the `avatar` field holds the key). Each has its own colour
 * in base.css (.avatar-<key>; the CSP allows no inline styles).
 */
export const avatars = {
  fox: { path: fox },
  owl: { path: mdiOwl },
  cat: { path: mdiCat },
  bee: { path: mdiBee },
  lion: { path: lion },
  turtle: { path: mdiTurtle },
  fish: { path: mdiFish },
  bird: { path: mdiBird },
  rabbit: { path: mdiRabbit },
  dog: { path: mdiDog },
  penguin: { path: mdiPenguin },
  elephant: { path: mdiElephant },
  horse: { path: mdiHorse },
  panda: { path: mdiPanda },
  koala: { path: mdiKoala },
  dolphin: { path: mdiDolphin },
  butterfly: { path: mdiButterfly },
  ladybug: { path: mdiLadybug },
  snail: { path: mdiSnail },
  duck: { path: mdiDuck },
  cow: { path: mdiCow },
  sheep: { path: mdiSheep },
  unicorn: { path: mdiUnicorn },
  kangaroo: { path: mdiKangaroo },
  teddy: { path: mdiTeddyBear },
} as const;

export type AvatarKey = keyof typeof avatars;
export const avatarKeys = Object.keys(avatars) as AvatarKey[];

export function isAvatarKey(key: string): key is AvatarKey {
  return Object.hasOwn(avatars, key);
}

/** A round avatar badge; unknown keys get a neutral face. */
export function avatarBadge(key: string, className = 'avatar'): HTMLSpanElement {
  const avatar = isAvatarKey(key) ? avatars[key] : { path: mdiBabyFaceOutline };
  const span = document.createElement('span');
  span.className = `${className} avatar-${isAvatarKey(key) ? key : 'unknown'}`;
  span.setAttribute('aria-hidden', 'true');
  span.appendChild(pathIcon(avatar.path));
  return span;
}

/**
 * The picture-PIN keypad: index i of a PIN is picture i here (API: 4 indices 0..8). The
 * order is part of every printed PIN card: never reorder, only redraw.
 */
export const pinPictures = [
  { key: 'sun', path: mdiWhiteBalanceSunny },
  { key: 'moon', path: mdiMoonWaningCrescent },
  { key: 'star', path: mdiStar },
  { key: 'tree', path: mdiTree },
  { key: 'flower', path: mdiFlower },
  { key: 'house', path: mdiHome },
  { key: 'ball', path: mdiSoccer },
  { key: 'car', path: mdiCar },
  { key: 'heart', path: mdiHeart },
] as const;

export type PinPictureKey = (typeof pinPictures)[number]['key'];

export function pinPicture(index: number, className = 'pin-picture'): HTMLSpanElement {
  const picture = pinPictures[index] ?? pinPictures[0];
  const span = document.createElement('span');
  span.className = `${className} pin-picture-${picture.key}`;
  span.setAttribute('aria-hidden', 'true');
  span.appendChild(pathIcon(picture.path));
  return span;
}

/** Pictograms of poll options (the `pictogram` field); unknown names fall back to the theme. */
const optionPictograms: Readonly<Record<string, string>> = {
  'smiley-1': mdiEmoticonCryOutline,
  'smiley-2': mdiEmoticonSadOutline,
  'smiley-3': mdiEmoticonNeutralOutline,
  'smiley-4': mdiEmoticonHappyOutline,
  'smiley-5': mdiEmoticonExcitedOutline,
  'thumbs-up': mdiThumbUp,
  'thumbs-down': mdiThumbDown,
  yes: mdiThumbUp,
  no: mdiThumbDown,
  rice: mdiRice,
  pasta: mdiPasta,
  soup: mdiPotSteam,
  pancakes: mdiCupcake,
  swim: mdiSwim,
  zoo: mdiElephant,
  craft: mdiPalette,
  football: mdiSoccer,
  homework: mdiBookOpenPageVariant,
  language: mdiTranslate,
  laptop: mdiLaptop,
  quiet: mdiVolumeOff,
  wifi: mdiWifi,
  privacy: mdiEyeOff,
  sport: mdiBasketball,
  food: mdiFoodForkDrink,
  play: mdiSeesaw,
  school: mdiSchool,
  sleep: mdiBed,
  shower: mdiShower,
  health: mdiMedicalBag,
  safety: mdiShieldHome,
  home: mdiHome,
};

export const optionPictogramNames = Object.keys(optionPictograms);

/** The 12 themes (the Theme enum of the API) and their pictures. */
export const themeIcons = {
  SAFETY: mdiShieldHome,
  PRIVACY: mdiCurtains,
  HOUSING_HYGIENE: mdiShower,
  PLAY_ACTIVITIES: mdiSeesaw,
  EDUCATION: mdiSchool,
  HEALTH_WELLBEING: mdiMedicalBag,
  TRUSTED_ADULT: mdiHandHeart,
  FOOD: mdiFoodForkDrink,
  PARENT_SUPPORT: mdiAccountSupervisor,
  INFORMATION_PARTICIPATION: mdiBullhornOutline,
  STABILITY: mdiTruckFast,
  OTHER: mdiDotsHorizontalCircleOutline,
} as const;

export type ThemeKey = keyof typeof themeIcons;
export const themeKeys = Object.keys(themeIcons) as ThemeKey[];

/** Area kinds (rooms and places of a location) and their pictures. */
export const areaIcons = {
  PLAY: mdiSeesaw,
  STUDY: mdiBookOpenPageVariant,
  OUTDOOR: mdiTree,
  SANITARY: mdiShower,
  SLEEPING: mdiBed,
  KITCHEN: mdiPotSteam,
  HEALTH: mdiHospitalBox,
  COMMON: mdiSofa,
  OTHER: mdiHomeGroup,
} as const;

export type AreaKindKey = keyof typeof areaIcons;

export function optionPictogram(name: string | null | undefined, fallbackTheme?: string, className = 'icon'): SVGSVGElement {
  const path =
    (name && optionPictograms[name]) ||
    (fallbackTheme && fallbackTheme in themeIcons ? themeIcons[fallbackTheme as ThemeKey] : undefined) ||
    mdiInformationOutline;
  return pathIcon(path, className);
}

export function themeIcon(theme: string, className = 'icon'): SVGSVGElement {
  return pathIcon(theme in themeIcons ? themeIcons[theme as ThemeKey] : mdiDotsHorizontalCircleOutline, className);
}

export function areaIcon(kind: string, className = 'icon'): SVGSVGElement {
  return pathIcon(kind in areaIcons ? areaIcons[kind as AreaKindKey] : mdiHomeGroup, className);
}

