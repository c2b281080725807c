# SPDX-License-Identifier: GPL-3.0-or-later
# The smallest real bundle: the Python runtime, base_library.zip and nothing else.
import sys

print("hello from the BundleScope corpus", sys.version_info[:2])
