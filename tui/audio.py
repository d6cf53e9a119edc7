"""Playing a run's audio clips where the machine can, and saying where the file is otherwise.

sounddevice is imported lazily: without PortAudio its import raises OSError, and with
PortAudio but no device, playback raises sounddevice.PortAudioError. Neither is ever fatal.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Playback:
    played: bool
    message: str


def read_wav(path: Path):
    """Samples as float32 in [-1, 1], shape (frames, channels), and the sample rate."""
    import numpy as np

    with wave.open(str(path), "rb") as clip:
        width, channels, rate = clip.getsampwidth(), clip.getnchannels(), clip.getframerate()
        raw = clip.readframes(clip.getnframes())
    if width != 2:
        raise ValueError(f"{path.name}: only 16-bit PCM WAV files are supported")
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    return samples.reshape(-1, channels), rate


def play_wav(path: Path, *, wait: bool = True) -> Playback:
    """Play a WAV file if a sound device exists; otherwise explain and point at the file."""
    try:
        samples, rate = read_wav(path)
    except (OSError, EOFError, ValueError, wave.Error) as exc:
        return Playback(False, f"cannot read {path}: {exc}")
    try:
        import sounddevice
    except OSError:
        return Playback(False, f"no audio library (PortAudio) here; the clip is saved at {path}")
    try:
        sounddevice.play(samples, rate)
        if wait:
            sounddevice.wait()
    except (sounddevice.PortAudioError, OSError) as exc:
        return Playback(False, f"no sound device ({exc}); the clip is saved at {path}")
    return Playback(True, f"played {path.name}")
