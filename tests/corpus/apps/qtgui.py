# SPDX-License-Identifier: GPL-3.0-or-later
# A PyQt5 app: the Qt 5 libraries, plugins and translations PyInstaller collects. Runs offscreen for its smoke test.
import sys

from PyQt5.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("BundleScope corpus")
label.show()
app.processEvents()
print("qtgui ok", label.text())
