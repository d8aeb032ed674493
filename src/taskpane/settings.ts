/**
 * The officer's settings, as the pane's modules import them. They live in the core (src/core/savedSettings.ts) so
 * the ribbon's function file reads the same saved options (deadline, years) with the same `loadSettings`.
 */
export {
  type KeyValueStore,
  type SettingsForm,
  type SettingsProblem,
  type SettingsResult,
  loadSettings,
  parseSettings,
  saveSettings,
  toSettingsForm,
} from "../core";
