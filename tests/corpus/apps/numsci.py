# SPDX-License-Identifier: GPL-3.0-or-later
# numpy + scipy: OpenBLAS, LAPACK, Fortran runtimes and thousands of modules.
import numpy as np
from scipy import linalg, optimize

a = np.array([[4.0, 1.0], [1.0, 3.0]])
x = linalg.solve(a, np.array([1.0, 2.0]))
root = optimize.brentq(lambda v: v * v - 2.0, 0.0, 2.0)
assert abs(root - 2 ** 0.5) < 1e-9
print("numsci ok", np.round(x, 6).tolist())
