/**
 * Fluent 2 theme: the design tokens of @fluentui/tokens (webLightTheme / webDarkTheme) become CSS custom properties
 * (`--colorNeutralBackground1`, …) on the root element, which taskpane.css uses. Setting them through the CSSOM
 * needs no inline style, so the CSP stays without 'unsafe-inline'.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/** The subset of `Office.context.officeTheme` used here (undefined in Excel on the web). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/**
 * Relative luminance (0 black … 1 white) of a "#rrggbb" colour; null when it cannot be read.
 *
 * @param hex - "#rrggbb" or "rrggbb"
 * @returns the luminance or null
 * @example
 * luminanceOf("#ffffff") //=> 1
 */
export function luminanceOf(hex: string | undefined): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!match || !match[1]) return null;
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/**
 * Decides dark mode: Office's theme when the host gives one, else the browser's colour-scheme preference.
 *
 * @param theme - `Office.context.officeTheme`, or undefined (Excel on the web, the preview)
 * @param prefersDark - `matchMedia("(prefers-color-scheme: dark)").matches`
 * @returns true for the dark theme
 * @example
 * isDarkTheme({ bodyBackgroundColor: "#262626" }, false) //=> true
 */
export function isDarkTheme(theme: OfficeThemeLike | undefined | null, prefersDark: boolean): boolean {
  if (!theme) return prefersDark;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const luminance = luminanceOf(theme.bodyBackgroundColor);
  return luminance === null ? prefersDark : luminance < 0.5;
}

/**
 * Applies the Fluent 2 light or dark tokens to an element (the document root in the pane).
 *
 * @param root - element whose style receives the custom properties
 * @param dark - dark theme when true
 */
export function applyTheme(root: HTMLElement, dark: boolean): void {
  const theme = dark ? webDarkTheme : webLightTheme;
  for (const [name, value] of Object.entries(theme)) {
    root.style.setProperty(`--${name}`, String(value));
  }
  root.dataset.theme = dark ? "dark" : "light";
}
