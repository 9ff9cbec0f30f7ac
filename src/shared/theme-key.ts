/** localStorage key of the reader's explicit theme choice (`dark` or `light`): the head script and the toggle share it. */
export const THEME_KEY = 'atlas-theme';
