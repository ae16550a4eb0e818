"""Terminated convolutional code with soft-decision (list) Viterbi decoding, in numpy.

Hand-written because the job is tiny (64 states, ~70 steps) and the maintained PyPI options
either decode hard bits only (``bchlib``, ``reedsolo``) or pull in a large dependency for one
function (``galois`` + numba, ``commpy``); a vectorised Viterbi is ~40 lines and runs in ~1 ms,
the list version (``size`` survivors per state, for CRC-aided decoding) in a few ms.
"""

from __future__ import annotations

import numpy as np

# Rate-1/4, constraint length 7 generators (octal 117, 127, 155, 171; free distance 20).
# A low rate matters more than a strong code here: the watermark's detection statistic counts
# hard disagreements over many received chips, so every coded bit is spread over chips anyway.
GENERATORS: tuple[int, ...] = (0o117, 0o127, 0o155, 0o171)
CONSTRAINT = 7


class ConvolutionalCode:
    """Zero-terminated convolutional code: ``k`` message bits -> ``(k + K - 1) * rate`` bits."""

    def __init__(
        self, k: int, generators: tuple[int, ...] = GENERATORS, constraint: int = CONSTRAINT
    ) -> None:
        if k <= 0:
            raise ValueError(f"message length must be positive, got {k}")
        self.k = k
        self.generators = generators
        self.constraint = constraint
        self.n_out = len(generators)
        self.steps = k + constraint - 1
        self.n = self.steps * self.n_out
        n_states = 1 << (constraint - 1)
        self._n_states = n_states
        # Register layout: newest bit in the most significant of K bits.
        states = np.arange(n_states)
        outs = np.zeros((n_states, 2, self.n_out), dtype=np.int8)
        nxt = np.zeros((n_states, 2), dtype=np.int64)
        for b in (0, 1):
            reg = (b << (constraint - 1)) | states
            nxt[:, b] = reg >> 1
            for j, g in enumerate(generators):
                outs[:, b, j] = _parity(reg & g)
        self._next = nxt
        self._outs = outs
        # Predecessors of each state: s' = (b << (K-2)) | (s >> 1), so two (s, b) pairs each.
        prev_s = np.zeros((n_states, 2), dtype=np.int64)
        prev_b = np.zeros(n_states, dtype=np.int64)
        for s in range(n_states):
            for b in (0, 1):
                prev_s[nxt[s, b], s & 1] = s
                prev_b[nxt[s, b]] = b
        self._prev_s = prev_s
        self._prev_b = prev_b
        # Expected +-1 symbols on each incoming branch: (n_states, 2, n_out).
        self._branch_sym = np.empty((n_states, 2, self.n_out))
        for s2 in range(n_states):
            for j in (0, 1):
                s = prev_s[s2, j]
                self._branch_sym[s2, j] = 1.0 - 2.0 * outs[s, prev_b[s2]]

    def encode(self, bits: np.ndarray) -> np.ndarray:
        """Encode ``k`` bits (0/1) into ``n`` coded bits (0/1)."""
        bits = np.asarray(bits, dtype=np.int64)
        if bits.shape != (self.k,):
            raise ValueError(f"expected {self.k} message bits, got shape {bits.shape}")
        full = np.concatenate([bits, np.zeros(self.constraint - 1, dtype=np.int64)])
        out = np.empty((self.steps, self.n_out), dtype=np.uint8)
        s = 0
        for i, b in enumerate(full):
            out[i] = self._outs[s, b]
            s = self._next[s, b]
        return out.reshape(-1)

    def decode(self, soft: np.ndarray) -> np.ndarray:
        """Maximum-likelihood message for soft values (positive means coded bit 0)."""
        return self.decode_list(soft, 1)[0]

    def decode_list(self, soft: np.ndarray, size: int) -> list[np.ndarray]:
        """The ``size`` best messages for soft values, best first (parallel list Viterbi:
        each state keeps its ``size`` best survivors). With a CRC in the message, the first
        one that passes is far more often right than the single best path."""
        if size <= 0:
            raise ValueError(f"list size must be positive, got {size}")
        soft = np.asarray(soft, dtype=np.float64).reshape(self.steps, self.n_out)
        n_states = self._n_states
        metric = np.full((n_states, size), -np.inf)
        metric[0, 0] = 0.0
        back = np.zeros((self.steps, n_states, size), dtype=np.int32)
        rows = np.arange(n_states)[:, None]
        for t in range(self.steps):
            gain = self._branch_sym @ soft[t]  # (n_states, 2)
            # Candidates for each state: its two predecessors' survivors plus the branch gain.
            cand = (metric[self._prev_s] + gain[:, :, None]).reshape(n_states, 2 * size)
            top = np.argsort(-cand, axis=1, kind="stable")[:, :size]
            back[t] = top
            metric = cand[rows, top]
        # Termination forces the final state to 0.
        alive = np.isfinite(metric[0])
        s = np.zeros(size, dtype=np.int64)
        rank = np.arange(size)
        bits = np.zeros((self.steps, size), dtype=np.uint8)
        for t in range(self.steps - 1, -1, -1):
            branch, rank = np.divmod(back[t, s, rank], size)
            bits[t] = self._prev_b[s]
            s = self._prev_s[s, branch]
        return [bits[: self.k, i].copy() for i in range(size) if alive[i]]


def _parity(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x).copy()
    p = np.zeros_like(x)
    while np.any(x):
        p ^= x & 1
        x >>= 1
    return p.astype(np.int8)
