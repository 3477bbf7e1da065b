"""``python -m codegen``: regenerate ``twilio_async/rest/`` from ``specs/twilio-oai/``.

``--check`` regenerates into a temporary folder and fails if anything differs from the
committed tree (``make test`` runs it).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen.emit import ModuleWriter, domain_init, path_ids, rest_init, version_init
from codegen.fake import TABLE_FILE, fake_table
from codegen.model import build, load_specs
from codegen.readme import coverage_table, replace_section, resource_tree

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "twilio_async" / "rest"
README = ROOT / "README.md"
TREE_PAGE = ROOT / "docs" / "reference" / "resources.md"
FAKE_TABLE = ROOT / TABLE_FILE


def generate(out: Path) -> tuple[dict[str, str], str, str, str]:
    """Write every module under ``out``; return them, the README section, the tree page and
    the fake Twilio's table."""
    domains = build(load_specs())
    ids = path_ids(domains)
    files: dict[str, str] = {"__init__.py": rest_init(domains)}
    stats = []
    unsupported: list[tuple[str, str]] = []
    bearer: list[str] = []
    writers: list[ModuleWriter] = []
    for domain in sorted(domains.values(), key=lambda d: d.name):
        files[f"{domain.name}/__init__.py"] = domain_init(domain)
        for version in sorted(domain.versions.values(), key=lambda v: v.name):
            files[f"{domain.name}/{version.name}/__init__.py"] = version_init(version)
            ops = 0
            for res in version.resources:
                writer = ModuleWriter(res, ids)
                writer.build()
                writers.append(writer)
                files[f"{domain.name}/{version.name}/{res.module}.py"] = writer.render()
                ops += len(res.ops)
                unsupported += writer.unsupported
                bearer += writer.bearer
            stats.append((domain.name, version.name, len(version.resources), ops))
    if out.exists():
        shutil.rmtree(out)
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", "--exit-zero", str(out)], check=True)
    subprocess.run([*ruff, "format", "--quiet", str(out)], check=True)
    tree = resource_tree(domains) + "\n"
    return files, coverage_table(stats, unsupported, bearer), tree, fake_table(writers)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the tree is stale")
    args = parser.parse_args()
    if not args.check:
        _, section, tree, table = generate(TARGET)
        README.write_text(replace_section(README.read_text(encoding="utf-8"), section))
        TREE_PAGE.write_text(tree, encoding="utf-8")
        FAKE_TABLE.write_text(table, encoding="utf-8")
        print(f"generated {sum(1 for _ in TARGET.rglob('*.py'))} modules in {TARGET}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rest"
        _, section, tree, table = generate(out)
        stale = _differences(out, TARGET)
        if not FAKE_TABLE.exists() or FAKE_TABLE.read_text(encoding="utf-8") != table:
            stale.append(TABLE_FILE)
        if not TREE_PAGE.exists() or TREE_PAGE.read_text(encoding="utf-8") != tree:
            stale.append(str(TREE_PAGE.relative_to(ROOT)))
        if replace_section(README.read_text(encoding="utf-8"), section) != README.read_text(
            encoding="utf-8"
        ):
            stale.append("README.md (coverage section)")
    if stale:
        print("generated code is stale; run `make generate` and commit:", *stale[:20], sep="\n  ")
        return 1
    print("generated code matches the specs")
    return 0


def _differences(new: Path, old: Path) -> list[str]:
    names = {p.relative_to(new) for p in new.rglob("*.py")}
    names |= {p.relative_to(old) for p in old.rglob("*.py")} if old.exists() else set()
    return sorted(
        str(n)
        for n in names
        if not (new / n).exists()
        or not (old / n).exists()
        or not filecmp.cmp(new / n, old / n, shallow=False)
    )


if __name__ == "__main__":
    sys.exit(main())
