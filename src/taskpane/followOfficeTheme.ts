/**
 * Keeps the pane's light or dark theme in step with Office while it is open. Two sources, each used only where it
 * exists, so no host throws:
 * - Office's theme event (`Office.EventType.DocumentThemeChanged`, or `OfficeThemeChanged`) through
 *   `Office.context.document.addHandlerAsync`, registered only when this office.js defines the event and the method.
 *   Microsoft documents these events for PowerPoint and Outlook, not Excel: in Excel the registration is refused
 *   (its callback reports a failure, which is ignored) or never attempted;
 * - the pane coming back into view or focus (the officer changed the theme in File › Account while the pane waited):
 *   `Office.context.officeTheme` is read again, which is how desktop Excel, without a theme event, is followed;
 * - the webview's `prefers-color-scheme`, which is what the pane follows when Office gives no theme (Excel on the
 *   web, where `Office.context.officeTheme` is undefined).
 */
import { isDarkTheme, type OfficeThemeLike } from "./theme";

/** The part of the `Office` namespace used here (absent members mean "not supported"). */
export interface ThemeEventsHost {
  readonly EventType?: Readonly<Record<string, unknown>>;
  readonly context?: {
    readonly officeTheme?: OfficeThemeLike;
    readonly document?: {
      addHandlerAsync?(
        eventType: unknown,
        handler: (args?: { officeTheme?: OfficeThemeLike }) => void,
        callback?: (result: { status: unknown }) => void,
      ): void;
    };
  };
}

/** The part of `matchMedia("(prefers-color-scheme: dark)")` used here. */
export interface ColorSchemeQuery {
  readonly matches: boolean;
  addEventListener?(type: "change", listener: () => void): void;
}

/** The page's focus and visibility events (the window and the document), where there are any. */
export interface FocusEvents {
  addEventListener(type: "focus" | "visibilitychange", listener: () => void): void;
}

/** The events tried, in order: the first one this office.js defines is registered. */
const THEME_EVENTS = ["DocumentThemeChanged", "OfficeThemeChanged"] as const;

/**
 * Calls `apply(dark)` again whenever Office's theme (or, without one, the webview's colour scheme) changes.
 *
 * @param office - the `Office` namespace inside Office; undefined in the preview
 * @param scheme - `matchMedia("(prefers-color-scheme: dark)")`, or null where there is none
 * @param apply - re-applies the theme (the pane passes `applyTheme` on the document root)
 * @param focus - the window and the document, whose focus and visibility changes re-read Office's theme
 * @returns what is followed: the Office event's name, "focus" and/or "prefers-color-scheme" (empty when nothing can be)
 * @example
 * followOfficeTheme(Office, matchMedia("(prefers-color-scheme: dark)"), (dark) => applyTheme(root, dark), [window, document]);
 */
export function followOfficeTheme(
  office: ThemeEventsHost | undefined,
  scheme: ColorSchemeQuery | null,
  apply: (dark: boolean) => void,
  focus: readonly FocusEvents[] = [],
): string[] {
  const followed: string[] = [];
  const current = (theme?: OfficeThemeLike): boolean =>
    isDarkTheme(theme ?? office?.context?.officeTheme, scheme?.matches ?? false);
  const addHandler = office?.context?.document?.addHandlerAsync;
  const eventName = THEME_EVENTS.find((name) => office?.EventType?.[name] !== undefined);
  if (eventName && typeof addHandler === "function") {
    try {
      addHandler.call(
        office?.context?.document,
        office?.EventType?.[eventName],
        (args) => apply(current(args?.officeTheme)),
        () => undefined, // Refused (Excel does not raise it): the colour-scheme listener below still runs.
      );
      followed.push(eventName);
    } catch {
      // An older office.js that throws for an event this host lacks: keep the theme chosen at start.
    }
  }
  if (office?.context?.officeTheme && focus.length > 0) {
    // Re-read only when it changed: focus comes often, and a repaint for nothing flickers.
    let dark = current();
    const recheck = (): void => {
      const now = current();
      if (now !== dark) apply((dark = now));
    };
    focus.forEach((target) => {
      target.addEventListener("focus", recheck);
      target.addEventListener("visibilitychange", recheck);
    });
    followed.push("focus");
  }
  if (scheme && typeof scheme.addEventListener === "function") {
    scheme.addEventListener("change", () => apply(current()));
    followed.push("prefers-color-scheme");
  }
  return followed;
}
