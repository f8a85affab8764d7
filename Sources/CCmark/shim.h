#ifndef CCMARK_SHIM_H
#define CCMARK_SHIM_H
// The include path comes from pkg-config ("libcmark"), never an absolute path.
#include <cmark.h>
#endif
