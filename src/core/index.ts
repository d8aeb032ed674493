/** Public surface of the pure core. Adapters import from here only. */
export * from "./types";
export * from "./options";
export * from "./catalogue/dimensions";
export * from "./issues/catalogue";
export * from "./issues/makeIssue";
export * from "./text/matchKey";
export * from "./report/model";
