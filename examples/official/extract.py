#!/usr/bin/env python3
"""Cuts the demo's extract of official files out of the published ones (see README.md).

usage: python3 extract.py SOURCES   (a folder holding checkouts of the source repositories; writes the CSVs beside this script)
Keeps the rows and columns the demo shows; never changes a value.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLACE = ["time_period", "time_identifier", "geographic_level", "country_code", "region_code", "region_name",
         "new_la_code", "la_name"]


GRADES = ["overall_effectiveness_grade", "impact_of_leaders_grade", "help_and_protection_grade", "in_care_grade",
          "care_leavers_grade"]
# grade texts of the scrape: a grade, or a note that there is none; a row with anything else was misread by the scrape
GRADE_TEXTS = {"outstanding", "good", "requires improvement", "inadequate", "not_reported_post_reform",
               "inspection_pre_dates_judgement", "data_unreadable", ""}


def cut(src, dst, columns, keep=lambda row: True):
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if keep(r)]
    with open(os.path.join(HERE, dst), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([r[c] for c in columns])
    print(dst, len(rows), "rows")


def source(folder, name):
    """A source file in a repository checkout (its data-raw/ folder) or in a flat copy of that folder."""
    for path in (os.path.join(folder, "data-raw", name), os.path.join(folder, name)):
        if os.path.exists(path):
            return path
    sys.exit("missing " + os.path.join(folder, "data-raw", name))


def main(sources):
    dfe = os.path.join(sources, "dfe-CSC_outcomes_and_enablers")
    cut(source(dfe, "cla_number_and_rate_per_10k_children.csv"), "dfe-children-looked-after-31-march.csv",
        PLACE + ["population_type", "children_count", "rate_per_10000"],
        lambda r: r["population_type"] == "Children looked after on 31 March each year")
    cut(source(dfe, "d5_cpps_at31march_by_duration_2013_to_2025.csv"), "dfe-child-protection-plans-31-march.csv",
        PLACE + ["CPP_At31"])
    cut(source(dfe, "b1_children_in_need_2013_to_2025.csv"), "dfe-children-in-need-31-march.csv",
        PLACE + ["At31_episodes"])
    ofsted = source(os.path.join(sources, "JT-39_ofsted-ilacs-scrape-tool"), "ofsted_csc_ilacs_history.csv")
    cut(ofsted, "ofsted-ilacs-outcomes.csv",
        ["urn", "local_authority", "inspection_link", "publication_date", "inspection_framework", "inspection_start_date",
         "inspection_end_date", "overall_effectiveness_grade", "impact_of_leaders_grade", "help_and_protection_grade",
         "in_care_grade", "care_leavers_grade"],
        lambda r: r["inspection_start_date"].strip() != "" and all(r[g].strip().lower() in GRADE_TEXTS for g in GRADES))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 extract.py SOURCES")
    main(sys.argv[1])
