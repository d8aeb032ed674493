import { describe, it } from "@jest/globals";
import fc from "fast-check";
import { matchKey } from "../../src/core/text/matchKey";

// Vietnamese-heavy text: letters with every diacritic, combining marks, dashes, punctuation and spaces.
const vietnameseChar = fc.constantFrom(
  ..."aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ–—-,. ()\u0300\u0301\u0303\u0309\u0323\u00a0x7",
);
const text = fc.oneof(fc.string(), fc.string({ unit: vietnameseChar }), fc.string({ unit: "grapheme" }));

describe("matchKey properties", () => {
  it("never throws and is idempotent", () => {
    fc.assert(fc.property(text, (s) => matchKey(matchKey(s)) === matchKey(s)));
  });

  it("does not depend on the Unicode normal form", () => {
    fc.assert(fc.property(text, (s) => matchKey(s.normalize("NFD")) === matchKey(s.normalize("NFC"))));
  });

  it("does not depend on case or surrounding space", () => {
    fc.assert(
      fc.property(fc.string({ unit: vietnameseChar }), (s) => matchKey(` ${s.toUpperCase()}  `) === matchKey(s)),
    );
  });

  it("never produces leading, trailing or double spaces", () => {
    fc.assert(fc.property(text, (s) => !/^ | $| {2}/.test(matchKey(s))));
  });
});
