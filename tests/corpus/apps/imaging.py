# SPDX-License-Identifier: GPL-3.0-or-later
# Pillow plus requests: image codecs as native libraries, certificates and pure-Python HTTP stack.
import io

import requests
from PIL import Image, ImageDraw

image = Image.new("RGB", (64, 32), "white")
ImageDraw.Draw(image).rectangle((4, 4, 60, 28), outline="black")
buffer = io.BytesIO()
image.save(buffer, format="PNG")
prepared = requests.Request("GET", "http://localhost/", params={"q": "x"}).prepare()
print("imaging ok", len(buffer.getvalue()) > 0, prepared.url)
