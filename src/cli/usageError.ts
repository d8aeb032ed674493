/** A mistake in how `dvk` was called: reported with a bilingual message and the help hint, exit code 2. */
export class UsageError extends Error {
  /**
   * @param vi - the message in Vietnamese
   * @param en - the same message in English
   */
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
    this.name = "UsageError";
  }
}
