# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the inference app's weights: one fp32 state dict as model.pth and the same tensors as model.onnx.
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inference import Net  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
torch.manual_seed(1)
net = Net()
torch.save(net.state_dict(), os.path.join(out, "model.pth"))
torch.onnx.export(net, torch.randn(1, 256), os.path.join(out, "model.onnx"))
