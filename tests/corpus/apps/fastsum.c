/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A C extension compiled with -g, so the corpus has a real unstripped extension module of our own. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject* fastsum_total(PyObject* self, PyObject* args)
{
    (void)self;
    long long n = 0;
    if (!PyArg_ParseTuple(args, "L", &n))
        return NULL;
    long long total = 0;
    for (long long i = 1; i <= n; ++i)
        total += i;
    return PyLong_FromLongLong(total);
}

static PyMethodDef methods[] = { { "total", fastsum_total, METH_VARARGS, "1 + 2 + ... + n" }, { NULL, NULL, 0, NULL } };
static struct PyModuleDef module = { PyModuleDef_HEAD_INIT, "fastsum", NULL, -1, methods, NULL, NULL, NULL, NULL };

PyMODINIT_FUNC PyInit_fastsum(void) { return PyModule_Create(&module); }
