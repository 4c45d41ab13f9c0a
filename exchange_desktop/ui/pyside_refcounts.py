"""None, True and False made immortal on Python 3.11, as Python 3.12 makes them.

PySide6 6.12's bindings, built for the stable ABI with the 3.12 rule that these objects need
no reference, drop a reference to ``None`` on every call of a method that returns nothing
(``setText``, ``update``, ``processEvents``…) and now and then one to ``False``.  On Python
3.11 the count falls with each call; when it reaches zero the interpreter aborts with
"Fatal Python error: none_dealloc" (or ``bool_dealloc``): during a long session, in a long
test run, or at exit, when the modules let go of their own references.  From 3.12 on the
three are immortal and the lost references are harmless; here we give them the same status
by raising their counts out of reach.
"""

from __future__ import annotations

import sys

#: Out of reach of any count of lost references, far from overflowing Py_ssize_t.
_PINNED = sys.maxsize // 4


def pin_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach; True if done.

    Nothing to do on Python 3.12 and newer (immortal objects) or on another interpreter than
    CPython, whose objects have no count at the start of their memory.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes  # only here: a few milliseconds the start of 3.12 and newer does not pay

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if count.value < _PINNED:
            count.value += _PINNED
    return True
