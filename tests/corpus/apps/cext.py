# SPDX-License-Identifier: GPL-3.0-or-later
# An app with its own C extension (built with -g by the corpus script).
import fastsum

assert fastsum.total(100) == 5050
print("cext ok", fastsum.total(1000))
