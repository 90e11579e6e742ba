#!/usr/bin/env python3
"""Prints the per-request table of a Gatling report (its index.html): requests, failed, requests per second, and the
50th, 95th and 99th percentile and maximum response time in ms.
   deploy/load-summary.py target/gatling/provincesimulation-…"""
import html
import re
import sys

COLUMNS = {"requests": 2, "failed": 4, "per s": 6, "p50": 8, "p95": 10, "p99": 11, "max": 12}
page = open(sys.argv[1] + "/index.html", encoding="utf-8").read()
print(f"| {'request':44} | " + " | ".join(COLUMNS) + " |")
print("|---" * (len(COLUMNS) + 1) + "|")
for row in re.findall(r'<tr id="(?:req_[^"]+|ROOT)"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)</span>', row) \
        or re.search(r'<td class="total col-1">\s*<span[^>]*>([^<]+)</span>', row)
    cells = dict(re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', row))
    label = html.unescape(name.group(1)).strip() if name else "?"
    print(f"| {label[:44]:44} | " + " | ".join(cells.get(str(c), "-") for c in COLUMNS.values()) + " |")
