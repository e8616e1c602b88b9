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
