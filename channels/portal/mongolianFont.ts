/**
 * The Mongolian font the hub serves itself (Noto Sans Mongolian from @fontsource, SIL OFL 1.1): the
 * Mongolian portal's text and the ᠮᠣᠩᠭᠣᠯ switch on Chinese pages. The package version is in the name so the
 * file can be cached for a year; `unicode-range` keeps browsers from fetching it for pages without Mongolian.
 */
export const MN_FONT_VERSION = '5.3.0';
export const MN_FONT_PATH = `/mn/fonts/noto-sans-mongolian-${MN_FONT_VERSION}.woff2`;
export const MN_FONT_LICENSE_PATH = '/mn/fonts/LICENSE.txt';
export const MN_FONT_FACE = `@font-face{font-family:"Noto Sans Mongolian";font-style:normal;font-weight:400;font-display:swap;src:url(${MN_FONT_PATH}) format("woff2");unicode-range:U+1800-18AF,U+200C-200D,U+202F}`;
