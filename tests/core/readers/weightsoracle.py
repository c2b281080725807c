# SPDX-License-Identifier: GPL-3.0-or-later
# Oracle for tst_weightsoracle.cpp: writes one small network with the real libraries (torch.save of the state dict and
# of the whole model, torch.onnx.export) plus a safetensors file written from the format's specification (the
# safetensors module is often missing), and manifest.json with the SHA-256 of every state dict tensor's bytes.
# Exit code 3: torch or onnx is missing (the test skips and says what to install).
import hashlib
import json
import os
import struct
import sys

try:
    import torch
    import onnx  # noqa: F401  (torch.onnx.export needs it)
except ImportError as error:
    print(error, file=sys.stderr)
    sys.exit(3)


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.body = torch.nn.Sequential(torch.nn.Linear(64, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))

    def forward(self, x):
        return self.body(x)


def main(out):
    torch.manual_seed(0)
    net = Net().eval()
    state = net.state_dict()
    torch.save(state, os.path.join(out, "model.pth"))
    torch.save(net, os.path.join(out, "model_full.pth"))
    torch.onnx.export(net, torch.zeros(1, 64), os.path.join(out, "model.onnx"), input_names=["x"], output_names=["y"])
    header, data = {}, b""
    for name, tensor in state.items():
        raw = tensor.contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensor.shape), "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(os.path.join(out, "model.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + data)
    tensors = {name: hashlib.sha256(t.contiguous().numpy().tobytes()).hexdigest() for name, t in state.items()}
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"tensors": tensors, "class": "__main__.Net"}, f)


if __name__ == "__main__":
    main(sys.argv[1])
