/** Public surface of the pure core. Adapters import from here only. */
export * from "./types";
export * from "./options";
export * from "./catalogue/dimensions";
export * from "./issues/catalogue";
export * from "./issues/makeIssue";
export * from "./text/matchKey";
export * from "./report/model";
export * from "./store/storeRow";
export * from "./store/storeColumns";
export * from "./store/toStoreRows";
export * from "./store/mergeStore";
export * from "./store/buildStoreSheet";
export * from "./store/parseStoreSheet";
export * from "./_lib/excelSerialToDate";
export * from "./_lib/isDateNumberFormat";
export * from "./_lib/unitIdentity";
