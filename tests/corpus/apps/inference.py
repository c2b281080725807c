# SPDX-License-Identifier: GPL-3.0-or-later
# A torch inference app: loads its weights shipped beside it (model.pth, and the same tensors as model.onnx) and runs
# one forward pass. `--selftest` is its smoke command.
import os
import sys

import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.body = torch.nn.Sequential(
            torch.nn.Linear(256, 2048), torch.nn.ReLU(), torch.nn.Linear(2048, 2048), torch.nn.ReLU(),
            torch.nn.Linear(2048, 10))

    def forward(self, x):
        return self.body(x)


def here():
    return getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(__file__)))


def main():
    net = Net()
    net.load_state_dict(torch.load(os.path.join(here(), "models", "model.pth")))
    net.eval()
    torch.manual_seed(0)
    with torch.no_grad():
        out = net(torch.randn(4, 256))
    print("inference ok", tuple(out.shape), "threads", torch.get_num_threads())


if __name__ == "__main__":
    main()
