"""Audio never breaks anything: it plays where it can and names the file where it cannot."""

from __future__ import annotations

import os
import subprocess
import sys
import wave

import numpy as np
import pytest

from tui.audio import play_wav, read_wav


def _write_tone(path) -> None:
    t = np.arange(800) / 8000
    samples = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(8000)
        clip.writeframes(samples.tobytes())


def test_read_wav_round_trip(tmp_path) -> None:
    _write_tone(tmp_path / "tone.wav")
    samples, rate = read_wav(tmp_path / "tone.wav")
    assert rate == 8000 and samples.shape == (800, 1) and abs(samples).max() < 0.31


def test_unreadable_file_is_a_message(tmp_path) -> None:
    (tmp_path / "bad.wav").write_bytes(b"nope")
    result = play_wav(tmp_path / "bad.wav")
    assert not result.played and "cannot read" in result.message


def _play_in_fresh_process(tmp_path, home) -> str:
    code = ("import sys; from pathlib import Path; from tui.audio import play_wav; "
            "r = play_wav(Path(sys.argv[1])); print(r.played, r.message)")
    env = {**os.environ, "HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "tone.wav")],
                            capture_output=True, text=True, env=env, timeout=60, check=True)
    return result.stdout


def test_without_a_device_the_file_is_named(tmp_path) -> None:
    _write_tone(tmp_path / "tone.wav")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type hw card 99 }\n")
    out = _play_in_fresh_process(tmp_path, home)
    assert out.startswith("False") and "tone.wav" in out


def test_plays_on_a_null_device(tmp_path) -> None:
    try:
        import sounddevice  # noqa: F401
    except OSError:
        pytest.skip("PortAudio is not installed on this machine")
    _write_tone(tmp_path / "tone.wav")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type null }\n")
    assert _play_in_fresh_process(tmp_path, home).startswith("True")
