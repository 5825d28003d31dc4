"""The manifest of a batch folder: one entry per finished partition, plus the plan.

``DIR/manifest.json`` holds the plan (inputs, settings, the partitions in
order) and totals. ``DIR/_manifest/<partition>.json`` is written by the worker
that finished the partition, after its shards were renamed into place, so an
entry exists only for a partition whose shards are complete. Each entry lists
its shards with row counts, sizes and SHA-256 checksums.
``DIR/_attempts/<partition>.log`` gets a ``start`` and a ``done`` line per
attempt, so a rerun shows which partitions were worked on and how often.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import ShardError
from ._shards import TABLES, sha256_file

__all__ = [
    "PLAN_SCHEMA",
    "ENTRY_SCHEMA",
    "write_json_atomic",
    "entry_path",
    "read_entry",
    "write_entry",
    "entry_is_complete",
    "verify_entry",
    "log_attempt",
    "read_plan",
    "now",
]

PLAN_SCHEMA = "quotegraph/batch@1"
ENTRY_SCHEMA = "quotegraph/batch-partition@1"


def now() -> str:
    """The current UTC time, ISO 8601 with microseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def write_json_atomic(path: Path, obj: Any) -> None:
    """Write JSON to a temporary file beside ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def entry_path(out: Path, partition_id: str) -> Path:
    return out / "_manifest" / f"{partition_id}.json"


def read_entry(out: Path, partition_id: str) -> dict[str, Any] | None:
    """The manifest entry of a partition, or ``None`` when it has not finished."""
    path = entry_path(out, partition_id)
    try:
        with path.open(encoding="utf-8") as fh:
            entry = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, json.JSONDecodeError) as err:
        raise ShardError(f"{path}: unreadable manifest entry ({err}); delete it to redo the partition") from err
    if not isinstance(entry, dict) or entry.get("schema") != ENTRY_SCHEMA:
        raise ShardError(f"{path}: not a {ENTRY_SCHEMA} manifest entry; delete it to redo the partition")
    return entry


def write_entry(out: Path, partition_id: str, entry: dict[str, Any]) -> None:
    write_json_atomic(entry_path(out, partition_id), {"schema": ENTRY_SCHEMA, **entry})


def entry_is_complete(out: Path, entry: dict[str, Any] | None) -> bool:
    """True when every shard the entry lists is on disk with the recorded size (no checksum: cheap)."""
    if entry is None:
        return False
    shards = entry.get("shards", {})
    for table in TABLES:
        info = shards.get(table)
        if not info:
            return False
        try:
            if (out / info["file"]).stat().st_size != info["bytes"]:
                return False
        except OSError:
            return False
    return True


def verify_entry(out: Path, entry: dict[str, Any]) -> None:
    """Check every shard of the entry against its recorded SHA-256; raise :class:`ShardError` if one differs."""
    for table in TABLES:
        info = entry["shards"][table]
        path = out / info["file"]
        try:
            digest = sha256_file(path)
        except OSError as err:
            raise ShardError(f"{path}: cannot read the shard ({err.strerror or err}); rerun `quotegraph batch`") from err
        if digest != info["sha256"]:
            raise ShardError(
                f"{path}: checksum {digest[:12]}… does not match the manifest ({info['sha256'][:12]}…); "
                f"delete {entry_path(out, entry['partition'])} and rerun `quotegraph batch` to redo it"
            )


def log_attempt(out: Path, partition_id: str, event: str, **extra: Any) -> None:
    """Append one line to the partition's attempt log: time, event, host and process."""
    path = out / "_attempts" / f"{partition_id}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {"time": now(), "event": event, "host": socket.gethostname(), "pid": os.getpid(), **extra}
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


def read_plan(out: Path) -> dict[str, Any]:
    """``DIR/manifest.json``; raises :class:`ShardError` when ``out`` is not a batch folder."""
    path = out / "manifest.json"
    try:
        with path.open(encoding="utf-8") as fh:
            plan = json.load(fh)
    except FileNotFoundError as err:
        raise ShardError(f"{out}: no manifest.json; is it the --out folder of `quotegraph batch`?") from err
    except (OSError, json.JSONDecodeError) as err:
        raise ShardError(f"{path}: unreadable ({err})") from err
    if not isinstance(plan, dict) or plan.get("schema") != PLAN_SCHEMA:
        raise ShardError(f"{path}: not a {PLAN_SCHEMA} manifest")
    return plan
