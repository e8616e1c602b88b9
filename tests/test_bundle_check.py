"""The self-test's check that reportlab really uses rl-accel's C functions (#15): a bundle
without them still prints, only slower, so nobody would notice otherwise."""

import pytest

from civicdesk.gui import bundle_check


def test_the_check_is_part_of_the_self_test():
    assert bundle_check.check_rl_accel in [check for _, check in bundle_check.checks()]


def test_rl_accel_is_found_in_the_checkout(tmp_path):
    assert bundle_check.check_rl_accel(tmp_path).endswith(": 11 C functions")


def test_a_python_fallback_fails_the_check(tmp_path, monkeypatch):
    from reportlab.lib import rl_accel

    monkeypatch.setattr(rl_accel, "_py_funcs", {"fp_str": None})  # as without _rl_accel
    with pytest.raises(RuntimeError, match="without rl-accel: fp_str"):
        bundle_check.check_rl_accel(tmp_path)


def test_the_postgresql_driver_and_the_keyring_are_checked_by_the_self_test():
    found = [check for _, check in bundle_check.checks()]
    assert bundle_check.check_psycopg_binary in found and bundle_check.check_keyring in found


def test_psycopg_uses_its_own_libpq_in_the_checkout(tmp_path):
    assert bundle_check.check_psycopg_binary(tmp_path).startswith("psycopg 3.")


def test_psycopg_on_the_systems_libpq_fails_the_check(tmp_path, monkeypatch):
    import psycopg

    monkeypatch.setattr(psycopg.pq, "__impl__", "python")  # as without psycopg-binary
    with pytest.raises(RuntimeError, match="its python implementation"):
        bundle_check.check_psycopg_binary(tmp_path)


def test_the_keyring_check_names_the_keyring_in_use(tmp_path, memory_keyring):
    assert bundle_check.check_keyring(tmp_path) == "server data MemoryKeyring"  # its name


def test_no_keyring_is_no_failure(tmp_path, no_keyring):
    assert bundle_check.check_keyring(tmp_path) == ("loads; no keyring usable here "
                                                    "(passwords are asked)")


def test_keyring_without_its_metadata_fails_the_check(tmp_path, monkeypatch):
    from importlib import metadata

    monkeypatch.setattr(metadata, "entry_points", lambda group: [])  # a bundle without it
    with pytest.raises(RuntimeError, match="keyring's backends are not listed"):
        bundle_check.check_keyring(tmp_path)
