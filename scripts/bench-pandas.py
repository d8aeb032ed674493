#!/usr/bin/env python3
"""The yardstick of `npm run bench`: what a competent officer's script would do with pandas + openpyxl.

It reads every canonical Mẫu 01-DVK file of a folder with pandas.read_excel (engine openpyxl) and sums the counts
at their fixed positions (rows 13-17, columns C-N of the bench's canonical layout) by year, without any of the
product's checks. Prints {"files", "ms", "cells"} as JSON. Usage: bench-pandas.py DIR
"""
import json
import os
import sys
import time

import pandas as pd

FIRST_ROW, LAST_ROW = 12, 16  # 0-based rows of the five field rows in the canonical form
FIRST_COL, LAST_COL = 2, 13  # columns C..N: 3 levels x 2 types x (new, cumulative)


def main(folder: str) -> None:
    files = sorted(f for f in os.listdir(folder) if f.endswith(".xlsx"))
    totals: dict = {}
    cells = 0
    start = time.perf_counter()
    for name in files:
        frame = pd.read_excel(os.path.join(folder, name), header=None, engine="openpyxl")
        year = int(frame.iat[7, 2])
        block = frame.iloc[FIRST_ROW : LAST_ROW + 1, FIRST_COL : LAST_COL + 1].fillna(0).astype(int)
        sums = totals.setdefault(year, [0] * (LAST_COL - FIRST_COL + 1))
        for i, value in enumerate(block.sum(axis=0).tolist()):
            sums[i] += int(value)
        cells += int(block.size)
    ms = (time.perf_counter() - start) * 1000
    json.dump({"files": len(files), "ms": ms, "cells": cells, "years": len(totals)}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
