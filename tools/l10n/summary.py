"""Prints compare-locales' JSON result as a short report; exit 1 on errors or missing."""

import json
import sys


def main(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    # compare-locales writes one result per project; ours has one.
    results = data if isinstance(data, list) else [data]
    failed = False
    for result in results:
        for file, entries in sorted(result.get("details", {}).items()):
            for entry in entries:
                for kind, what in entry.items():
                    label = {
                        "missingEntity": "missing",
                        "obsoleteEntity": "obsolete",
                        "missingFile": "missing file",
                        "obsoleteFile": "obsolete file",
                    }.get(kind, kind)
                    print(f"  {file}: {label}: {what}")
        summary = result.get("summary", {})
        print()
        header = f"{'locale':<8}{'present':>9}{'missing':>9}{'errors':>8}{'warnings':>10}{'obsolete':>10}{'same-as-ru':>12}"
        print(header)
        print("-" * len(header))
        for locale in sorted(summary):
            s = summary[locale]
            present = s.get("changed", 0) + s.get("unchanged", 0)
            # "unchanged" means identical to the reference; for ru itself that is all.
            same = 0 if locale == "ru" else s.get("unchanged", 0)
            print(
                f"{locale:<8}{present:>9}{s.get('missing', 0):>9}{s.get('errors', 0):>8}"
                f"{s.get('warnings', 0):>10}{s.get('obsolete', 0):>10}{same:>12}"
            )
            if s.get("errors", 0) or s.get("missing", 0):
                failed = True
    print()
    print("compare-locales: " + ("FAIL (errors or missing messages above)" if failed else "OK"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
